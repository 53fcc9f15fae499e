/**
 * Validation of the index of people, organisations and places
 * (content/people.yaml) and of the quotations (content/quotes.yaml): schemas
 * per entry, then rules that span files — known speakers, reports and
 * paragraphs, words that stand verbatim in their paragraph in every script,
 * mention forms that occur in the text. Problems are reported in words.
 */
import { parse as parseYaml } from 'yaml';
import { forLocale } from '../i18n/convert.ts';
import { LOCALES } from '../i18n/locales.ts';
import { checkQuotes } from '../index/quotes.ts';
import { mentionsOf, type ReportParagraphs, unusedForms } from '../index/mentions.ts';
import { textBlocks } from '../text/blocks.ts';
import { type ContentProblem, entryLabel, problemsFromIssues } from './errors.ts';
import { type FieldHelp, INDEX_ENTRY_FIELD_HELP, QUOTE_FIELD_HELP } from './field-help.ts';
import { type IndexEntry, indexEntrySchema, type Quote, quoteSchema } from '../model/schema.ts';
import type { ReportEntry } from './report-entry.ts';
import { markupProblems } from './markup.ts';

export const PEOPLE_FILE = 'people.yaml';
export const QUOTES_FILE = 'quotes.yaml';

function validateList<T>(
  file: string,
  raw: string,
  schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly never[] } } },
  help: Record<string, FieldHelp>,
  first: string,
): { entries: T[]; problems: ContentProblem[] } {
  let data: unknown;
  try {
    data = parseYaml(raw, { schema: 'core' });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      entries: [],
      problems: [
        { file, field: '(the whole file)', kind: 'syntax', problem: `is not valid YAML: ${message}`, fix: 'check indentation and quoting near the line named.' },
      ],
    };
  }
  if (!Array.isArray(data)) {
    return {
      entries: [],
      problems: [{ file, field: '(the whole file)', kind: 'schema', problem: 'is not a list of entries', fix: `each entry starts with "- ${first}: …".` }],
    };
  }
  const entries: T[] = [];
  const problems: ContentProblem[] = [];
  data.forEach((item, i) => {
    const result = schema.safeParse(item);
    problems.push(...markupProblems(file, item, entryLabel(item, i)));
    if (result.success) entries.push(result.data);
    else problems.push(...problemsFromIssues(file, result.error.issues, item, help, entryLabel(item, i)));
  });
  return { entries, problems };
}

export function validatePeople(file: string, raw: string) {
  return validateList<IndexEntry>(file, raw, indexEntrySchema as never, INDEX_ENTRY_FIELD_HELP, 'id');
}

export function validateQuotes(file: string, raw: string) {
  return validateList<Quote>(file, raw, quoteSchema as never, QUOTE_FIELD_HELP, 'id');
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false))))];
}

/** The reports' paragraphs, converted whole for one locale. */
export function reportParagraphs(reports: readonly ReportEntry[], convert: (t: string) => string = (t) => t): ReportParagraphs[] {
  return reports.map((r) => ({ slug: r.data.slug, paragraphs: textBlocks(r.parsed).map((b) => ({ id: b.id, number: b.number, text: convert(b.text) })) }));
}

/** Rules that span the index, the quotes and the reports. */
export function crossCheckIndex(reports: readonly ReportEntry[], people: readonly IndexEntry[], quotes: readonly Quote[], peopleFile: string, quotesFile: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const id of duplicates(people.map((p) => p.id))) problems.push({ file: peopleFile, field: `id ${id}`, kind: 'duplicate', problem: 'is used twice', fix: 'give each entry its own id.' });
  for (const id of duplicates(quotes.map((q) => q.id))) problems.push({ file: quotesFile, field: `id ${id}`, kind: 'duplicate', problem: 'is used twice', fix: 'give each quote its own id.' });
  const entryIds = new Set(people.map((p) => p.id));
  const slugs = reports.map((r) => r.data.slug);
  for (const q of quotes) {
    if (!entryIds.has(q.speaker)) {
      problems.push({
        file: quotesFile,
        field: `quote ${q.id}: speaker`,
        kind: 'reference',
        problem: `names "${q.speaker}", which is not the id of any entry in ${peopleFile}`,
        fix: `add an entry with id "${q.speaker}" to ${peopleFile}, or correct the speaker id.`,
      });
    }
    if (!slugs.includes(q.report)) {
      problems.push({ file: quotesFile, field: `quote ${q.id}: report`, kind: 'reference', problem: `names "${q.report}", which is not the slug of any report`, fix: `use one of: ${slugs.join(', ')}.` });
    }
  }
  const paragraphs = reportParagraphs(reports);
  for (const locale of LOCALES.filter((l) => l.hasReportText)) {
    const convert = (t: string) => forLocale(t, locale);
    const lookup = (report: string, id: string) => paragraphs.find((r) => r.slug === report)?.paragraphs.find((p) => p.id === id)?.text;
    for (const problem of checkQuotes(quotes.filter((q) => slugs.includes(q.report)), lookup, convert)) {
      if (problem.kind === 'no-paragraph') {
        if (locale.conversion) continue; // reported once, for the original
        problems.push({
          file: quotesFile,
          field: `quote ${problem.quote}: paragraph`,
          kind: 'reference',
          problem: `names "${problem.paragraph}", which is not a paragraph of ${problem.report}`,
          fix: 'use a paragraph id listed in content/paragraph-ids.json ("p3" in the lede, "s2-p5" in section 2).',
        });
      } else {
        problems.push({
          file: quotesFile,
          field: `quote ${problem.quote}: words`,
          kind: 'fidelity',
          problem: `“${problem.words}” does not stand verbatim in paragraph ${problem.paragraph} of ${problem.report}${locale.conversion ? ` as converted for ${locale.code}` : ''}`,
          fix: locale.conversion
            ? 'the words convert differently on their own than inside the paragraph: add a reviewed override in src/lib/i18n/overrides.ts, or quote a span that converts the same.'
            : 'copy the words exactly from the paragraph (every character and punctuation mark inside the quotation marks), and check the paragraph id.',
        });
      }
    }
    // Converting every report is the costly part of these checks: only done when there are entries to check.
    const converted = people.length ? reportParagraphs(reports, convert) : [];
    for (const entry of people) {
      if (!locale.conversion) {
        for (const form of unusedForms(entry, converted)) {
          problems.push({
            file: peopleFile,
            field: `entry ${entry.id}: mentions`,
            kind: 'reference',
            problem: `lists "${form}", which occurs in no paragraph of any report`,
            fix: 'give mention forms exactly as the text writes them, or remove this one.',
          });
        }
      } else {
        const original = mentionsOf(entry.mentions, paragraphs).length;
        const found = mentionsOf(entry.mentions, converted, convert).length;
        if (original !== found) {
          problems.push({
            file: peopleFile,
            field: `entry ${entry.id}: mentions`,
            kind: 'reference',
            problem: `are found in ${original} paragraph(s) of the original but in ${found} as converted for ${locale.code}`,
            fix: 'a mention form converts differently on its own than inside the text: add a reviewed override in src/lib/i18n/overrides.ts.',
          });
        }
      }
    }
  }
  return problems;
}
