/**
 * Paragraph-level matching, the precision check behind every result. A
 * paragraph is a full match when it holds the whole normalized query (a quote
 * typed with or without its punctuation), an all-terms match when it holds
 * every term typed between spaces or punctuation, and a partial match when it
 * holds some terms of a query of several. Single characters shared by chance
 * (机 of 量子计算机 in 专机) never count.
 */
import { normalize, normalizeWithMap, queryTerms } from './normalize.ts';

export type MatchKind = 'full' | 'all-terms' | 'partial';

export interface Paragraph {
  /** Page URL as the index gives it. */
  url: string;
  pageTitle: string;
  /** Paragraph id (the fragment of its permanent link). */
  id: string;
  sectionTitle: string;
  text: string;
}

export interface Hit {
  paragraph: Paragraph;
  kind: MatchKind;
  /** Matched ranges in the paragraph's original text, in order, not overlapping: [start, end). */
  ranges: [number, number][];
  /** Matched terms as they stand in the paragraph. */
  found: string[];
  score: number;
}

const KIND_RANK: Record<MatchKind, number> = { full: 3, 'all-terms': 2, partial: 1 };

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/** Match one paragraph; undefined when it is not a hit. */
export function matchParagraph(paragraph: Paragraph, query: string, fold: (c: string) => string): Hit | undefined {
  const whole = normalize(query, fold);
  if (!whole) return undefined;
  const terms = [...new Set(queryTerms(query, fold))];
  const norm = normalizeWithMap(paragraph.text, fold);
  const toRanges = (needle: string) =>
    occurrences(norm.text, needle).map((i): [number, number] => [norm.starts[i]!, norm.ends[i + needle.length - 1]!]);
  let kind: MatchKind;
  let ranges: [number, number][];
  const full = toRanges(whole);
  if (full.length) {
    kind = 'full';
    ranges = full;
  } else {
    const perTerm = terms.map(toRanges);
    const present = perTerm.filter((r, i) => r.length && [...terms[i]!].length > 1);
    if (terms.length < 2 || !present.length) return undefined;
    kind = present.length === terms.length ? 'all-terms' : 'partial';
    ranges = perTerm.flat();
  }
  ranges = mergeRanges(ranges);
  const found = [...new Set(ranges.map(([a, b]) => paragraph.text.slice(a, b)))];
  const covered = ranges.reduce((n, [a, b]) => n + (b - a), 0);
  return { paragraph, kind, ranges, found, score: KIND_RANK[kind] * 1e6 + covered * 100 + ranges.length };
}

export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Every hit among the paragraphs, best first: full, then all terms, then partial; then coverage; then page and reading order. */
export function rankHits(paragraphs: readonly Paragraph[], query: string, fold: (c: string) => string): Hit[] {
  return paragraphs
    .map((p, order) => ({ hit: matchParagraph(p, query, fold), order }))
    .filter((x): x is { hit: Hit; order: number } => !!x.hit)
    .sort((a, b) => b.hit.score - a.hit.score || a.order - b.order)
    .map((x) => x.hit);
}

/** An excerpt around the first range: text pieces and whether each is marked. */
export function excerpt(text: string, ranges: readonly [number, number][], context = 40): { text: string; marked: boolean }[] {
  const first = ranges[0];
  const start = first ? Math.max(0, first[0] - context) : 0;
  const end = Math.min(text.length, (first ? first[1] : 0) + context * 2);
  const pieces: { text: string; marked: boolean }[] = [];
  let at = start;
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    const s = Math.max(a, start);
    const e = Math.min(b, end);
    if (s > at) pieces.push({ text: text.slice(at, s), marked: false });
    pieces.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  if (at < end) pieces.push({ text: text.slice(at, end), marked: false });
  if (start > 0) pieces.unshift({ text: '…', marked: false });
  if (end < text.length) pieces.push({ text: '…', marked: false });
  return pieces;
}
