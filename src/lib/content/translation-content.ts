/**
 * Reads and validates the archive's translations (content/translations/<lang>/<slug>.md):
 * frontmatter against the schema, then against the Chinese report — a known
 * slug, the same subtitle presence and authors — and the body aligned with the
 * report's paragraph and section ids. A report without a translation is fine.
 * Problems name the file, the field or id, what is wrong and how to fix it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type AlignmentIssue, alignTranslation } from '../translation/align.ts';
import { type BodyIssue, parseTranslationBody, type TranslatedBlock } from '../translation/body.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { ReportEntry } from './report-entry.ts';
import { type ContentProblem, problemsFromIssues } from './errors.ts';
import { markupProblems } from './markup.ts';
import { decodeContent } from './text-file.ts';
import type { Quote } from '../model/schema.ts';
import { TRANSLATION_FIELD_HELP, type TranslationFrontmatter, translationSchema } from './translation-schema.ts';

export const TRANSLATIONS_DIR = 'translations';
/** Languages the archive translates into (folder names under translations/). */
export const TRANSLATION_LANGS = ['en'] as const;
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];

export interface TranslationEntry {
  /** Path relative to the project root, for messages. */
  file: string;
  lang: TranslationLang;
  data: TranslationFrontmatter;
  /** Headings and paragraphs in the report's order (checked). */
  blocks: TranslatedBlock[];
}

const FORMAT_FIX = 'write one block per paragraph, "[p1] text" or "[s1-p2] text", and "## [s1] heading" for each section heading, with blank lines between (see README.md, “Translating a report”).';

function bodyProblem(file: string, issue: BodyIssue): ContentProblem {
  return {
    file,
    field: `(body, line ${issue.line})`,
    kind: 'body',
    problem:
      issue.kind === 'bad-heading'
        ? `"${issue.excerpt}" is a heading without its section id`
        : `"${issue.excerpt}" does not start with a paragraph id in brackets`,
    fix: FORMAT_FIX,
  };
}

function alignmentProblem(file: string, slug: string, issue: AlignmentIssue): ContentProblem {
  const at = issue.line ? ` (body line ${issue.line})` : '';
  const field = `id ${issue.id}${at}`;
  const kind = issue.kind === 'duplicate' ? 'duplicate' : 'alignment';
  switch (issue.kind) {
    case 'missing':
      return { file, field, kind, problem: `is missing: report ${slug} has it`, fix: `add a block "[${issue.id}] …" (or "## [${issue.id}] …" for a section) at its place in the report's order.` };
    case 'extra':
      return { file, field, kind, problem: `is not an id of report ${slug}`, fix: 'remove the block, or correct its id to the paragraph it translates (the ids are shown beside each paragraph on the Chinese page).' };
    case 'duplicate':
      return { file, field, kind, problem: 'appears more than once', fix: 'keep exactly one English block per paragraph: merge or remove the repeated one.' };
    case 'wrong-kind':
      return {
        file,
        field,
        kind,
        problem: issue.expected === 'heading' ? 'is a section heading in the report but a paragraph here' : 'is a paragraph in the report but a heading here',
        fix: issue.expected === 'heading' ? `write it as "## [${issue.id}] heading".` : `write it as "[${issue.id}] text", without "## ".`,
      };
    case 'out-of-order':
      return { file, field, kind, problem: `stands where report ${slug} has ${issue.expected}`, fix: 'put the blocks in the order of the report’s paragraphs and sections.' };
  }
}

export function validateTranslationFile(
  file: string,
  name: string,
  lang: TranslationLang,
  raw: string,
  reports: readonly ReportEntry[],
): { entry?: TranslationEntry; problems: ContentProblem[] } {
  const parts = splitFrontmatter(raw);
  if (!parts) return { problems: [{ file, field: '(frontmatter)', kind: 'syntax', problem: 'is missing', fix: 'start the file with "---", the fields slug, headline, dateline and authors in YAML, and another "---".' }] };
  let data: unknown;
  try {
    data = parseYaml(parts.frontmatter, { schema: 'core' });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { problems: [{ file, field: '(frontmatter)', kind: 'syntax', problem: `is not valid YAML: ${message}`, fix: 'check indentation and quoting near the line named; values that start with a quote mark or contain ": " need quotes around them.' }] };
  }
  const result = translationSchema.safeParse(data);
  if (!result.success) return { problems: problemsFromIssues(file, result.error.issues, data, TRANSLATION_FIELD_HELP) };
  const front = result.data;
  const problems: ContentProblem[] = markupProblems(file, front);
  if (name !== `${front.slug}.md`) {
    problems.push({ file, field: 'slug', kind: 'reference', problem: `is "${front.slug}" but the file is named ${name}`, fix: `name the file ${front.slug}.md, or correct the slug.` });
  }
  const report = reports.find((r) => r.data.slug === front.slug);
  if (!report) {
    problems.push({ file, field: 'slug', kind: 'reference', problem: `"${front.slug}" is not the slug of any report`, fix: `use one of: ${reports.map((r) => r.data.slug).join(', ')}.` });
    return { problems };
  }
  if (!!front.subtitle !== !!report.data.subtitle) {
    problems.push({
      file,
      field: 'subtitle',
      kind: 'alignment',
      problem: report.data.subtitle ? `is missing: report ${front.slug} has a subtitle` : `is given but report ${front.slug} has no subtitle`,
      fix: report.data.subtitle ? `translate the subtitle "${report.data.subtitle}".` : 'remove the field.',
    });
  }
  const printed = report.data.authors.map((a) => a.name);
  const given = front.authors.map((a) => a.name);
  if (printed.join('|') !== given.join('|')) {
    problems.push({
      file,
      field: 'authors',
      kind: 'alignment',
      problem: `name ${given.join(', ')} but report ${front.slug} has ${printed.join(', ')}`,
      fix: `list exactly the report's authors in its order, each with its romanisation: ${printed.map((n) => `{ name: ${n}, en: … }`).join(', ')}.`,
    });
  }
  const body = parseTranslationBody(parts.body);
  problems.push(...body.issues.map((i) => bodyProblem(file, i)));
  problems.push(...alignTranslation(report.parsed, body.blocks).map((i) => alignmentProblem(file, front.slug, i)));
  return problems.length ? { problems } : { entry: { file, lang, data: front, blocks: body.blocks }, problems };
}

/** Every translation under <contentDir>/translations/; a missing folder means no translations. */
export function loadTranslations(
  contentDir: string,
  reports: readonly ReportEntry[],
  rel: (path: string) => string,
): { translations: TranslationEntry[]; problems: ContentProblem[] } {
  const translations: TranslationEntry[] = [];
  const problems: ContentProblem[] = [];
  for (const lang of TRANSLATION_LANGS) {
    const dir = join(contentDir, TRANSLATIONS_DIR, lang);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
      const read = decodeContent(rel(join(dir, name)), readFileSync(join(dir, name)));
      if (read.problem) {
        problems.push(read.problem);
        continue;
      }
      const result = validateTranslationFile(rel(join(dir, name)), name, lang, read.text, reports);
      problems.push(...result.problems);
      if (result.entry) translations.push(result.entry);
    }
  }
  return { translations, problems };
}

/** Spaces and line breaks do not matter when words are looked up in a paragraph. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Each quotation's English words (`words_en`): required once its report is translated, and standing verbatim in the
 * English paragraph, so the quotation index shows the translation's own rendering.
 */
export function checkQuoteTranslations(quotes: readonly Quote[], translations: readonly TranslationEntry[], quotesFile: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const quote of quotes) {
    const translation = translations.find((t) => t.lang === 'en' && t.data.slug === quote.report);
    if (!translation) continue;
    const paragraph = translation.blocks.find((b) => b.id === quote.paragraph);
    const field = `quote ${quote.id}: words_en`;
    if (!quote.words_en) {
      problems.push({
        file: quotesFile,
        field,
        kind: 'alignment',
        problem: `is missing: report ${quote.report} has an English translation (${translation.file})`,
        fix: `copy the quotation's English words from paragraph [${quote.paragraph}] of ${translation.file}, without the enclosing quotation marks.`,
      });
    } else if (paragraph && !squash(paragraph.text).includes(squash(quote.words_en))) {
      problems.push({
        file: quotesFile,
        field,
        kind: 'alignment',
        problem: `"${quote.words_en}" does not stand in paragraph [${quote.paragraph}] of ${translation.file}`,
        fix: 'copy the words exactly as the translation has them (or correct the translation), without the enclosing quotation marks.',
      });
    }
  }
  return problems;
}
