/**
 * The shape of a citation record: the record with every run of CJK ideographs in its script-dependent strings
 * (title, authors, newspaper, publisher, place, archive) replaced by one placeholder ideograph, one placeholder per
 * string. A report's Simplified, Taiwan and Hong Kong records differ only in those ideographs (conversion is
 * character for character; quotation marks, which do change, stay in the shape), so they share one shape; so do
 * reports whose strings differ only in their ideographs (the same number of authors, the same punctuation in the
 * title). citeproc renders a shape once: each record's forms are the shape's forms with the placeholders filled back
 * in, run by run, in order.
 *
 * Why that equals a real render: citeproc treats every ideograph of U+4E00–U+9FFF alike (none is "romanesque", none
 * has case, none is punctuation or quote markup), never reorders characters inside a string, and has no operation
 * that depends on how many ideographs a run holds (no substring, no length: a record is rendered alone, so there is
 * no disambiguation between items); everything it does transform (quotes, brackets, ASCII letters, digits, spacing,
 * punctuation at a string's ends) stays in the shape verbatim, so the shape's render transforms it exactly as the
 * record's would. `fillShape` refuses (and the caller renders the record itself) whenever a form does not show each
 * string's runs exactly once or not at all. tests/unit/citation-shape.test.ts compares the filled forms with real
 * renders.
 */
import type { CslRecord } from './record.ts';

/** Rare ideographs that occur in none of the styles or locales (csl/): one per script-dependent string. */
const PLACEHOLDERS = [...'龘靐齾爩鱻麤龖龗驫羴猋厵灥飝馫舙'];
const IDEOGRAPHS = /[\u4E00-\u9FFF]+/g;

export interface RecordShape {
  /** Equal for records that citeproc renders alike up to their ideographs. */
  key: string;
  /** The record with placeholders, to render. */
  record: CslRecord;
  /** Each placeholder's runs of ideographs in this record, in order. */
  fills: Map<string, string[]>;
}

/**
 * The record's shape, or undefined when it has more script-dependent strings than there are placeholders.
 * `language: 'primary'` keys the shape by the language's primary subtag only (zh for zh-CN, zh-TW and zh-HK): right
 * for styles with no locale-specific layout or condition, which read the item language only by that subtag.
 */
export function recordShape(record: CslRecord, language: 'primary' | 'full'): RecordShape | undefined {
  const { id: _id, title, archive, author, 'container-title': container, publisher, 'publisher-place': place, ...rest } = record;
  // Ideographs anywhere else (a field this module does not know) would not be masked: render such a record itself.
  if (new RegExp(IDEOGRAPHS.source).test(JSON.stringify(rest))) return undefined;
  if (author.length + 5 > PLACEHOLDERS.length) return undefined;
  const fills = new Map<string, string[]>();
  const mask = (text: string): string => {
    const placeholder = PLACEHOLDERS[fills.size]!;
    const runs: string[] = [];
    fills.set(placeholder, runs);
    return text.replace(IDEOGRAPHS, (run) => (runs.push(run), placeholder));
  };
  const shaped: CslRecord = {
    id: '',
    ...rest,
    title: mask(title),
    author: author.map((a) => ({ literal: mask(a.literal) })),
    ...(container === undefined ? {} : { 'container-title': mask(container) }),
    ...(publisher === undefined ? {} : { publisher: mask(publisher) }),
    ...(place === undefined ? {} : { 'publisher-place': mask(place) }),
    archive: mask(archive),
  };
  const keyed = { ...shaped, language: language === 'primary' ? shaped.language.split('-')[0] : shaped.language };
  return { key: JSON.stringify(keyed), record: shaped, fills };
}

/**
 * A form rendered from the shape, with each placeholder replaced by the record's runs of ideographs in order;
 * undefined when some string's runs are not shown exactly once or not at all (then only a real render is safe).
 */
export function fillShape(form: string, fills: Map<string, string[]>): string | undefined {
  const used = new Map<string, number>();
  // Pieces joined once: a string grown a character at a time is a chain of thousands of small objects in V8.
  const out: string[] = [];
  for (const char of form) {
    const runs = fills.get(char);
    if (!runs) {
      out.push(char);
      continue;
    }
    const at = used.get(char) ?? 0;
    if (at >= runs.length) return undefined;
    out.push(runs[at]!);
    used.set(char, at + 1);
  }
  for (const [placeholder, count] of used) if (count !== fills.get(placeholder)!.length) return undefined;
  return out.join('');
}
