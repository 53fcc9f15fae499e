/**
 * Reads and validates all of the archive's content at once — reports, ledger
 * and sources — so that cross-file rules (unique slugs, ledger entries that
 * match the source, transcriptions that match the source) are checked in the
 * build, with problems reported in words a non-programmer can act on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { BodyFormatError, parseBody } from '../text/blocks.ts';
import { checkFidelity } from '../text/fidelity.ts';
import { ArchiveContentError, type ContentProblem, problemsFromIssues } from './errors.ts';
import { LEDGER_FIELD_HELP, REPORT_FIELD_HELP } from './field-help.ts';
import type { ReportEntry } from './report-entry.ts';
import { crossCheckIndex, PEOPLE_FILE, QUOTES_FILE, validatePeople, validateQuotes } from './index-content.ts';
import { type IndexEntry, type LedgerEntry, ledgerEntrySchema, type Quote, reportSchema } from '../model/schema.ts';

export type { ReportEntry } from './report-entry.ts';

export interface ArchiveContent {
  reports: ReportEntry[];
  ledger: LedgerEntry[];
  /** People, organisations and places the reports name (content/people.yaml). */
  people: IndexEntry[];
  /** Direct quotations (content/quotes.yaml). */
  quotes: Quote[];
}

export const LEDGER_FILE = 'corrections.yaml';
export const REPORTS_DIR = 'reports';

/** Split "---\nyaml\n---\nbody". */
export function splitFrontmatter(raw: string): { frontmatter: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  return match ? { frontmatter: match[1]!, body: match[2]! } : null;
}

function yamlProblem(file: string, error: unknown): ContentProblem {
  return {
    file,
    field: '(frontmatter)',
    problem: `is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    fix: 'check indentation and quoting near the line named; values that contain ": " or start with a quote mark need quotes around them.',
  };
}

export function validateReportFile(file: string, raw: string): { entry?: ReportEntry; problems: ContentProblem[] } {
  const parts = splitFrontmatter(raw);
  if (!parts) {
    return {
      problems: [
        { file, field: '(frontmatter)', problem: 'is missing', fix: 'start the file with a line "---", the report’s fields in YAML, and another line "---".' },
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
  if (!result.success) return { problems: problemsFromIssues(file, result.error.issues, data, REPORT_FIELD_HELP) };
  try {
    const parsed = parseBody(parts.body, file);
    if (parsed.lede.length === 0 && parsed.sections.length === 0) {
      return { problems: [{ file, field: '(body)', problem: 'is empty', fix: 'write the report’s text below the frontmatter, one paragraph per block, blank lines between.' }] };
    }
    return { entry: { file, data: result.data, body: parts.body, parsed }, problems: [] };
  } catch (error) {
    if (error instanceof BodyFormatError) return { problems: [{ file, field: '(body)', problem: error.message, fix: 'see README.md, “Adding a report”.' }] };
    throw error;
  }
}

export function validateLedger(file: string, raw: string): { entries: LedgerEntry[]; problems: ContentProblem[] } {
  let data: unknown;
  try {
    data = parseYaml(raw, { schema: 'core' });
  } catch (error) {
    return { entries: [], problems: [yamlProblem(file, error)] };
  }
  if (!Array.isArray(data)) {
    return { entries: [], problems: [{ file, field: '(the whole file)', problem: 'is not a list of entries', fix: 'each entry starts with "- id: …".' }] };
  }
  const entries: LedgerEntry[] = [];
  const problems: ContentProblem[] = [];
  data.forEach((item, i) => {
    const result = ledgerEntrySchema.safeParse(item);
    if (result.success) entries.push(result.data);
    else problems.push(...problemsFromIssues(`${file} (entry ${i + 1})`, result.error.issues, item, LEDGER_FIELD_HELP));
  });
  return { entries, problems };
}

/** Rules that span files: unique slugs and ids, known reports, ledger and transcription matching the source. */
export function crossCheck(content: Pick<ArchiveContent, 'reports' | 'ledger'>, readSource: (file: string) => string | null, ledgerFile: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map<string, ReportEntry>();
  for (const report of content.reports) {
    const other = bySlug.get(report.data.slug);
    if (other) {
      problems.push({
        file: report.file,
        field: 'slug',
        problem: `"${report.data.slug}" is already used by ${other.file}`,
        fix: 'every report needs its own slug (it becomes the URL); choose a different one.',
      });
    } else bySlug.set(report.data.slug, report);
  }
  const ids = new Set<string>();
  for (const entry of content.ledger) {
    if (ids.has(entry.id)) problems.push({ file: ledgerFile, field: `id ${entry.id}`, problem: 'is used twice', fix: 'give each ledger entry its own id.' });
    ids.add(entry.id);
    if (!bySlug.has(entry.report)) {
      problems.push({
        file: ledgerFile,
        field: `entry ${entry.id}: report`,
        problem: `names "${entry.report}", which is not the slug of any report`,
        fix: `use one of: ${[...bySlug.keys()].join(', ')}.`,
      });
    }
  }
  for (const report of bySlug.values()) {
    const source = readSource(report.data.source.file);
    if (source === null) {
      problems.push({
        file: report.file,
        field: 'source.file',
        problem: `names "${report.data.source.file}", which does not exist under content/`,
        fix: 'put the source text in content/sources/ and name it here.',
      });
      continue;
    }
    const ledger = content.ledger.filter((e) => e.report === report.data.slug);
    const result = checkFidelity(report.data, report.parsed, ledger, source);
    for (const problem of result.problems) {
      const isLedger = problem.startsWith('ledger entry');
      problems.push({
        file: isLedger ? ledgerFile : report.file,
        field: isLedger ? problem.slice(0, problem.indexOf(':')) : '(body)',
        problem: isLedger ? problem.slice(problem.indexOf(':') + 2) : problem,
        fix: isLedger
          ? 'make the entry cite the text exactly as it stands in the source, with the right line numbers (spaces do not matter).'
          : `the transcription must equal the source except for what ${ledgerFile} documents: restore the text, or add a ledger entry that explains the change.`,
      });
    }
  }
  return problems;
}

/** Read everything under a content directory; throws ArchiveContentError listing every problem. */
export function loadArchiveContent(contentDir: string, projectRoot = process.cwd()): ArchiveContent {
  const rel = (p: string) => relative(projectRoot, p) || p;
  const reportsDir = join(contentDir, REPORTS_DIR);
  const problems: ContentProblem[] = [];
  const reports: ReportEntry[] = [];
  if (!existsSync(reportsDir)) {
    throw new ArchiveContentError([{ file: rel(reportsDir), field: '(folder)', problem: 'does not exist', fix: 'create it and put one Markdown file per report in it.' }]);
  }
  for (const name of readdirSync(reportsDir).filter((n) => /\.mdx?$/.test(n)).sort()) {
    const file = rel(join(reportsDir, name));
    const result = validateReportFile(file, readFileSync(join(reportsDir, name), 'utf8'));
    problems.push(...result.problems);
    if (result.entry) reports.push(result.entry);
  }
  const ledgerPath = join(contentDir, LEDGER_FILE);
  const ledgerFile = rel(ledgerPath);
  const ledger = existsSync(ledgerPath) ? validateLedger(ledgerFile, readFileSync(ledgerPath, 'utf8')) : { entries: [], problems: [] };
  problems.push(...ledger.problems);
  const peoplePath = join(contentDir, PEOPLE_FILE);
  const quotesPath = join(contentDir, QUOTES_FILE);
  const people = existsSync(peoplePath) ? validatePeople(rel(peoplePath), readFileSync(peoplePath, 'utf8')) : { entries: [], problems: [] };
  const quotes = existsSync(quotesPath) ? validateQuotes(rel(quotesPath), readFileSync(quotesPath, 'utf8')) : { entries: [], problems: [] };
  problems.push(...people.problems, ...quotes.problems);
  const content = { reports: reports.sort((a, b) => a.data.order - b.data.order), ledger: ledger.entries, people: people.entries, quotes: quotes.entries };
  if (problems.length === 0) {
    const readSource = (file: string) => {
      const path = join(contentDir, file);
      return existsSync(path) ? readFileSync(path, 'utf8') : null;
    };
    problems.push(...crossCheck(content, readSource, ledgerFile));
    problems.push(...crossCheckIndex(content.reports, content.people, content.quotes, rel(peoplePath), rel(quotesPath)));
  }
  if (problems.length) throw new ArchiveContentError(problems);
  return content;
}
