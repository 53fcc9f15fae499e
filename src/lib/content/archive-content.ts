/**
 * Reads and validates all of the archive's content at once — reports, ledger
 * and sources — so that cross-file rules (unique slugs, ledger entries that
 * match the source, transcriptions that match the source) are checked in the
 * build, with problems reported in words a non-programmer can act on.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { BodyFormatError, parseBody } from '../text/blocks.ts';
import { checkFidelity } from '../text/fidelity.ts';
import type { IdRegistry } from '../text/id-registry.ts';
import { ArchiveContentError, type ContentProblem, entryLabel, problemsFromIssues } from './errors.ts';
import { LEDGER_FIELD_HELP, REPORT_FIELD_HELP } from './field-help.ts';
import { ID_REGISTRY_FILE, validateIdRegistry } from './id-registry-content.ts';
import { crossCheckIndex, PEOPLE_FILE, QUOTES_FILE, validatePeople, validateQuotes } from './index-content.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { reportLayoutProblems, sourceCoverageProblems } from './layout-problems.ts';
import { markupProblems } from './markup.ts';
import { checkQuoteTranslations, loadTranslations, type TranslationEntry } from './translation-content.ts';
import type { ReportEntry } from './report-entry.ts';
import { type IndexEntry, type LedgerEntry, ledgerEntrySchema, type Quote, reportSchema } from '../model/schema.ts';
import { decodeContent, readContentFile, type RequiredFile } from './text-file.ts';

export type { ReportEntry } from './report-entry.ts';

export interface ArchiveContent {
  reports: ReportEntry[];
  ledger: LedgerEntry[];
  /** People, organisations and places the reports name (content/people.yaml). */
  people: IndexEntry[];
  /** Direct quotations (content/quotes.yaml). */
  quotes: Quote[];
  /** The archive's translations of reports (content/translations/<lang>/<slug>.md); a report may have none. */
  translations: TranslationEntry[];
  /** Every published paragraph id and its aliases (content/paragraph-ids.json). */
  idRegistry: IdRegistry;
}

export const LEDGER_FILE = 'corrections.yaml';
export const REPORTS_DIR = 'reports';

/** Split "---\nyaml\n---\nbody". */
export { splitFrontmatter };

export function yamlProblem(file: string, error: unknown, field = '(frontmatter)'): ContentProblem {
  return {
    file,
    field,
    kind: 'syntax',
    problem: `is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    fix: 'check indentation and quoting near the line named; values that contain ": " or start with a quote mark need quotes around them.',
  };
}

export function validateReportFile(file: string, raw: string): { entry?: ReportEntry; problems: ContentProblem[] } {
  // A UTF-8 byte order mark (some Windows editors write one) is accepted.
  const parts = splitFrontmatter(raw.replace(/^\uFEFF/, ''));
  if (!parts) {
    return {
      problems: [
        {
          file,
          field: '(frontmatter)',
          kind: 'syntax',
          problem: 'is missing: the file does not start with a line "---"',
          fix: 'start the file with a line "---", the report’s fields in YAML, and another line "---".',
        },
      ],
    };
  }
  let data: unknown;
  try {
    data = parseYaml(parts.frontmatter, { schema: 'core' });
  } catch (error) {
    return { problems: [yamlProblem(file, error)] };
  }
  const result = reportSchema.safeParse(data);
  const markup = markupProblems(file, data);
  if (!result.success) return { problems: [...problemsFromIssues(file, result.error.issues, data, REPORT_FIELD_HELP), ...markup] };
  if (markup.length) return { problems: markup };
  try {
    const parsed = parseBody(parts.body, file);
    if (parsed.lede.length === 0 && parsed.sections.length === 0) {
      return {
        problems: [
          { file, field: '(body)', kind: 'body', problem: 'is empty', fix: 'write the report’s text below the frontmatter, one paragraph per block, blank lines between.' },
        ],
      };
    }
    return { entry: { file, data: result.data, body: parts.body, parsed }, problems: [] };
  } catch (error) {
    if (error instanceof BodyFormatError) return { problems: [{ file, field: '(body)', kind: 'body', problem: error.message, fix: 'see README.md, “Adding a report”.' }] };
    throw error;
  }
}

export function validateLedger(file: string, raw: string): { entries: LedgerEntry[]; problems: ContentProblem[] } {
  let data: unknown;
  try {
    data = parseYaml(raw, { schema: 'core' });
  } catch (error) {
    return { entries: [], problems: [yamlProblem(file, error, '(the whole file)')] };
  }
  if (!Array.isArray(data)) {
    return {
      entries: [],
      problems: [{ file, field: '(the whole file)', kind: 'schema', problem: 'is not a list of entries', fix: 'each entry starts with "- id: …".' }],
    };
  }
  const entries: LedgerEntry[] = [];
  const problems: ContentProblem[] = [];
  data.forEach((item, i) => {
    const result = ledgerEntrySchema.safeParse(item);
    problems.push(...markupProblems(file, item, entryLabel(item, i)));
    if (result.success) entries.push(result.data);
    else problems.push(...problemsFromIssues(file, result.error.issues, item, LEDGER_FIELD_HELP, entryLabel(item, i)));
  });
  return { entries, problems };
}

/**
 * Rules that span files: unique slugs and ids, known reports, ledger and transcription matching the source,
 * paragraph breaks the source lacks documented, every source line in one report.
 * `readSource` gives a source's text, null when it does not exist, or the problem that keeps it from being read. */
export function crossCheck(
  content: Pick<ArchiveContent, 'reports' | 'ledger'>,
  readSource: (file: string) => string | ContentProblem | null,
  ledgerFile: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map<string, ReportEntry>();
  for (const report of content.reports) {
    const other = bySlug.get(report.data.slug);
    if (other) {
      problems.push({
        file: report.file,
        field: 'slug',
        kind: 'duplicate',
        problem: `"${report.data.slug}" is already used by ${other.file}`,
        fix: 'every report needs its own slug (it becomes the URL); choose a different one.',
      });
    } else bySlug.set(report.data.slug, report);
  }
  const byOrder = new Map<number, ReportEntry>();
  for (const report of content.reports) {
    const other = byOrder.get(report.data.order);
    if (other) {
      problems.push({
        file: report.file,
        field: 'order',
        kind: 'duplicate',
        problem: `${report.data.order} is already the order of ${other.file}`,
        fix: `every report needs its own position in lists; the orders in use are ${[...new Set(content.reports.map((r) => r.data.order))].sort((a, b) => a - b).join(', ')}.`,
      });
    } else byOrder.set(report.data.order, report);
  }
  const ids = new Set<string>();
  for (const entry of content.ledger) {
    if (ids.has(entry.id))
      problems.push({ file: ledgerFile, field: `id ${entry.id}`, kind: 'duplicate', problem: 'is used twice', fix: 'give each ledger entry its own id.' });
    ids.add(entry.id);
    if (!bySlug.has(entry.report)) {
      problems.push({
        file: ledgerFile,
        field: `entry ${entry.id}: report`,
        kind: 'reference',
        problem: `names "${entry.report}", which is not the slug of any report`,
        fix: `use one of: ${[...bySlug.keys()].join(', ')}.`,
      });
    }
  }
  // Grouped once: a scan of every ledger entry per report, and of every report per source file, grew with the
  // square of the archive (36 s of a 10,000-report build).
  const ledgerOf = Map.groupBy(content.ledger, (e) => e.report);
  const citing = Map.groupBy(bySlug.values(), (r) => r.data.source.file);
  const sources = new Map<string, string>();
  for (const report of bySlug.values()) {
    const source = readSource(report.data.source.file);
    if (source === null) {
      problems.push({
        file: report.file,
        field: 'source.file',
        kind: 'reference',
        problem: `names "${report.data.source.file}", which does not exist under content/`,
        fix: 'put the source text in content/sources/ and name it here.',
      });
      continue;
    }
    if (typeof source !== 'string') {
      problems.push(source);
      continue;
    }
    const ledger = ledgerOf.get(report.data.slug) ?? [];
    const result = checkFidelity(report.data, report.parsed, ledger, source);
    for (const { entry, problem } of result.problems) {
      const isLedger = entry !== null;
      problems.push({
        file: isLedger ? ledgerFile : report.file,
        field: isLedger ? `ledger entry ${entry}` : '(body)',
        kind: 'fidelity',
        problem,
        fix: isLedger
          ? 'make the entry cite the text exactly as it stands in the source, with the right line numbers (spaces do not matter).'
          : `the transcription must equal the source except for what ${ledgerFile} documents: restore the text, or add a ledger entry that explains the change.`,
      });
    }
    problems.push(...reportLayoutProblems(report, ledger, source, ledgerFile));
    sources.set(report.data.source.file, source);
  }
  for (const [file, text] of sources) {
    problems.push(...sourceCoverageProblems(file, text, citing.get(file) ?? []));
  }
  return problems;
}

/** The files besides the reports that the archive publishes from: each one must be there. */
export const REQUIRED_FILES: Record<string, RequiredFile> = {
  [LEDGER_FILE]: {
    holds: 'the ledger of every editorial change the transcriptions make to the source (the “about this transcription” pages)',
    create: 'create it holding the line "[]"',
  },
  [PEOPLE_FILE]: {
    holds: 'the index of people, organisations and places (their pages, and the speakers of quotations)',
    create: 'create it holding the line "[]"',
  },
  [QUOTES_FILE]: { holds: 'the quotations (the quote pages and the quotation search)', create: 'create it holding the line "[]"' },
  [ID_REGISTRY_FILE]: {
    holds: 'the registry of every published paragraph id (the permanent links and their aliases)',
    create: 'run "npm run register-paragraph-ids" to write it',
  },
};

/** Read everything under a content directory; throws ArchiveContentError listing every problem. */
export function loadArchiveContent(contentDir: string, projectRoot = process.cwd()): ArchiveContent {
  const rel = (p: string) => relative(projectRoot, p) || p;
  const reportsDir = join(contentDir, REPORTS_DIR);
  const problems: ContentProblem[] = [];
  const reports: ReportEntry[] = [];
  if (!existsSync(reportsDir) || !statSync(reportsDir).isDirectory()) {
    throw new ArchiveContentError([
      {
        file: rel(reportsDir),
        field: '(folder)',
        kind: 'missing',
        problem: 'does not exist',
        fix: 'create it and put one Markdown file per report in it.',
      },
    ]);
  }
  const names = readdirSync(reportsDir).sort();
  const reportNames = names.filter((n) => /\.mdx?$/.test(n));
  // A report saved under another extension would silently not be published; hidden files (.DS_Store) are no reports.
  for (const name of names.filter((n) => !n.startsWith('.') && !/\.mdx?$/.test(n))) {
    problems.push({
      file: rel(join(reportsDir, name)),
      field: '(the whole file)',
      kind: 'unexpected',
      problem: 'is not a report: the reports folder holds Markdown files ending in .md, and this one would not be published',
      fix: 'rename it to end in .md if it is a report, or move it out of the reports folder.',
    });
  }
  if (reportNames.length === 0) {
    problems.push({
      file: rel(reportsDir),
      field: '(folder)',
      kind: 'missing',
      problem: 'holds no report (no .md file)',
      fix: 'restore the reports (git checkout -- content/reports), or add one as README.md, “Adding a report”, describes.',
    });
  }
  for (const name of reportNames) {
    const file = rel(join(reportsDir, name));
    const read = decodeContent(file, readFileSync(join(reportsDir, name)));
    if (read.problem) {
      problems.push(read.problem);
      continue;
    }
    const result = validateReportFile(file, read.text);
    problems.push(...result.problems);
    if (result.entry) reports.push(result.entry);
  }
  /** A required file's text, or '' after recording why it cannot be read. */
  const required = (name: string) => {
    const path = join(contentDir, name);
    const read = readContentFile(path, rel(path), REQUIRED_FILES[name]!);
    if (read.problem) problems.push(read.problem);
    return { file: rel(path), text: read.text };
  };
  const ledgerRead = required(LEDGER_FILE);
  const peopleRead = required(PEOPLE_FILE);
  const quotesRead = required(QUOTES_FILE);
  const registryRead = required(ID_REGISTRY_FILE);
  const ledger = ledgerRead.text === undefined ? { entries: [] } : validateLedger(ledgerRead.file, ledgerRead.text);
  const people = peopleRead.text === undefined ? { entries: [] } : validatePeople(peopleRead.file, peopleRead.text);
  const quotes = quotesRead.text === undefined ? { entries: [] } : validateQuotes(quotesRead.file, quotesRead.text);
  const registry = registryRead.text === undefined ? { registry: {} } : validateIdRegistry(registryRead.file, registryRead.text);
  for (const result of [ledger, people, quotes, registry]) if ('problems' in result) problems.push(...result.problems);
  const content: ArchiveContent = {
    reports: reports.sort((a, b) => a.data.order - b.data.order),
    ledger: ledger.entries,
    people: people.entries,
    quotes: quotes.entries,
    translations: [],
    idRegistry: registry.registry,
  };
  if (problems.length === 0) {
    const readSource = (file: string) => {
      const path = join(contentDir, file);
      if (!existsSync(path)) return null;
      const read = decodeContent(rel(path), readFileSync(path));
      return read.problem ?? read.text;
    };
    problems.push(...crossCheck(content, readSource, ledgerRead.file));
    problems.push(...crossCheckIndex(content.reports, content.people, content.quotes, peopleRead.file, quotesRead.file));
    const translated = loadTranslations(contentDir, content.reports, rel);
    content.translations = translated.translations;
    problems.push(...translated.problems, ...checkQuoteTranslations(content.quotes, translated.translations, quotesRead.file));
  }
  if (problems.length) throw new ArchiveContentError(problems);
  return content;
}
