/**
 * Turns schema issues into messages a non-programmer can act on: which file,
 * which field, what is wrong, how to fix it. No raw Zod dump reaches the reader.
 */
import type { z } from 'zod';
import type { FieldHelp } from './field-help.ts';

/** What sort of problem it is, so that callers sort and test problems by data, never by their wording. */
export type ProblemKind =
  /** A file or folder the archive publishes from is not there. */
  | 'missing'
  /** A file where the archive reads content that it would not read (and so not publish). */
  | 'unexpected'
  /** Bytes that are not UTF-8 text. */
  | 'encoding'
  /** YAML, JSON or frontmatter that does not parse. */
  | 'syntax'
  /** A value that breaks its field's schema. */
  | 'schema'
  /** Two things that must be unique share a value (slug, order, id). */
  | 'duplicate'
  /** HTML markup in a text field. */
  | 'markup'
  /** A name that points at nothing (report slug, speaker, paragraph, source file). */
  | 'reference'
  /** Transcription or ledger that does not match the source. */
  | 'fidelity'
  /** A report body laid out in a way the text model cannot read. */
  | 'body'
  /** A translation that does not match its report: ids, their order and kind, subtitle, authors, quotations. */
  | 'alignment';

export interface ContentProblem {
  /** The file, relative to the project root. */
  file: string;
  /** Where in the file: a field path, an entry and field, or a part such as "(frontmatter)". */
  field: string;
  kind: ProblemKind;
  problem: string;
  fix: string;
}

/** The dotted field path with array indices dropped for help lookup ("authors.0.outlet" → "authors.outlet"). */
function helpKey(path: readonly PropertyKey[]): string {
  return path.filter((p) => typeof p !== 'number').map(String).join('.');
}

function displayPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return `the unquoted date ${value.toISOString()} (YAML turned it into a date object)`;
  if (typeof value === 'string') return `"${value}"`;
  return JSON.stringify(value) ?? String(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function explain(issue: z.core.$ZodIssue, data: unknown): string {
  const value = valueAt(data, issue.path);
  if (value === undefined && issue.code !== 'custom' && issue.code !== 'unrecognized_keys') return 'is missing';
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? 'is missing' : `should be ${issue.expected} but is ${describeValue(value)}`;
    case 'invalid_value':
      return `is ${describeValue(value)}, which is not one of: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_format':
      return `is ${describeValue(value)}, which is not in the expected form`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} item(s)` : 'is empty';
    case 'too_big':
      return `is too long (at most ${String(issue.maximum)})`;
    case 'unrecognized_keys':
      return `has unknown field(s): ${issue.keys.join(', ')} (check the spelling)`;
    case 'invalid_union':
      return `is ${describeValue(value)}, which matches none of the allowed forms`;
    case 'custom':
      return issue.message;
    default:
      return issue.message;
  }
}

/** How problems name the nth entry of a list file: "entry 3" or "entry 3 \"tokayev\"". */
export function entryLabel(item: unknown, index: number): string {
  const id = item && typeof item === 'object' && 'id' in item ? ` "${String((item as { id: unknown }).id)}"` : '';
  return `entry ${index + 1}${id}`;
}

/**
 * Schema issues as problems. `entry` names the list entry the data came from ("entry 3 \"tokayev\"")
 * and leads the field, so that `file` stays the file's path.
 */
export function problemsFromIssues(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  help: Record<string, FieldHelp>,
  entry?: string,
): ContentProblem[] {
  return issues.map((issue) => {
    const key = helpKey(issue.path);
    const fieldHelp = help[key] ?? help[key.split('.')[0] ?? ''];
    const field = displayPath(issue.path) || '(the whole entry)';
    return {
      file,
      field: entry ? `${entry}: ${field}` : field,
      kind: 'schema' as const,
      problem: explain(issue, data),
      fix: fieldHelp
        ? `${fieldHelp === help[key] ? key : key.split('.')[0]} should be ${fieldHelp.what}. For example:\n      ${fieldHelp.example.replace(/\n/g, '\n      ')}`
        : 'see README.md, “Adding a report”.',
    };
  });
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map(
    (p, i) => `  ${i + 1}. ${p.file}\n     field: ${p.field}\n     problem: ${p.field} ${p.problem}\n     how to fix: ${p.fix}`,
  );
  return `The archive's content has ${problems.length} problem(s):\n\n${lines.join('\n\n')}\n`;
}

/** Thrown by the content loaders; its message is the whole, readable report. */
export class ArchiveContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.problems = problems;
    this.name = 'ArchiveContentError';
  }

  /**
   * Only the first line: Astro appends a "Browser APIs are not available on the server" hint to any
   * error whose toString() mentions "document" or "window", words our problems use for other things.
   */
  override toString(): string {
    return `${this.name}: The archive's content has ${this.problems.length} problem(s).`;
  }
}
