/**
 * Quotations and the paragraphs that hold them. A quote's words must stand
 * verbatim in its paragraph in every script: the words are converted with the
 * same converter as the (whole) paragraph and must be found in it.
 */
import type { Quote } from '../model/schema.ts';

type Convert = (text: string) => string;

/** The paragraph text for (report, paragraph id), or undefined when there is none. */
export type ParagraphLookup = (report: string, paragraph: string) => string | undefined;

export type QuoteProblem =
  | { quote: string; kind: 'no-paragraph'; report: string; paragraph: string }
  | { quote: string; kind: 'not-verbatim'; report: string; paragraph: string; words: string };

/** Check every quote against its paragraph after converting both with `convert`. */
export function checkQuotes(quotes: readonly Quote[], lookup: ParagraphLookup, convert: Convert = (t) => t): QuoteProblem[] {
  const problems: QuoteProblem[] = [];
  for (const q of quotes) {
    const text = lookup(q.report, q.paragraph);
    if (text === undefined) problems.push({ quote: q.id, kind: 'no-paragraph', report: q.report, paragraph: q.paragraph });
    else if (!convert(text).includes(convert(q.words)))
      problems.push({ quote: q.id, kind: 'not-verbatim', report: q.report, paragraph: q.paragraph, words: convert(q.words) });
  }
  return problems;
}

/** Quotes grouped by speaker id, in the order given. */
export function quotesBySpeaker(quotes: readonly Quote[]): Map<string, Quote[]> {
  const map = new Map<string, Quote[]>();
  for (const q of quotes) map.set(q.speaker, [...(map.get(q.speaker) ?? []), q]);
  return map;
}

/** Quotes in reading order: by report order, then paragraph number, then file order. */
export function sortQuotes(quotes: readonly Quote[], reportOrder: readonly string[], paragraphNumber: (q: Quote) => number): Quote[] {
  return quotes
    .map((q, i) => ({ q, i }))
    .sort(
      (a, b) =>
        reportOrder.indexOf(a.q.report) - reportOrder.indexOf(b.q.report) || paragraphNumber(a.q) - paragraphNumber(b.q) || a.i - b.i,
    )
    .map((x) => x.q);
}
