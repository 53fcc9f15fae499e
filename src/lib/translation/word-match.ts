/**
 * Matching for the English search page: a paragraph is a hit only when it
 * holds every word of the query as a word (not inside another word), in any
 * case and with or without accents ("urumqi" finds “Ürümqi”); a plural or
 * possessive ending is allowed ("summit" finds “summits”). The words in the
 * order typed rank first. Hits use the Chinese matcher's shape, so results,
 * excerpts and the article's highlighter work unchanged.
 */
import { type Hit, mergeRanges, type Paragraph } from '../search/match.ts';

/** Lower case, accents dropped: how words compare. */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: foldWord(m[0]), start: m.index, end: m.index + m[0].length }));
}

/** The query's words, folded; empty when it has none. */
export function queryWords(query: string): string[] {
  return tokens(query).map((t) => t.word);
}

/** A text word stands for a query word: the same, or with a plural ending. */
function sameWord(text: string, query: string): boolean {
  return text === query || (text.startsWith(query) && /^(s|es)$/.test(text.slice(query.length)));
}

export function matchWords(paragraph: Paragraph, query: string): Hit | undefined {
  const words = queryWords(query);
  if (!words.length) return undefined;
  const toks = tokens(paragraph.text);
  const perWord = words.map((w) => toks.filter((t) => sameWord(t.word, w)));
  if (perWord.some((found) => !found.length)) return undefined;
  // The words in the typed order, next to each other: a phrase.
  const phrases = toks.flatMap((_, i) =>
    words.every((w, k) => toks[i + k] && sameWord(toks[i + k]!.word, w))
      ? [[toks[i]!.start, toks[i + words.length - 1]!.end] as [number, number]]
      : [],
  );
  const kind = phrases.length ? 'full' : 'all-terms';
  const ranges = mergeRanges(phrases.length ? phrases : perWord.flat().map((t): [number, number] => [t.start, t.end]));
  const found = [...new Set(ranges.map(([a, b]) => paragraph.text.slice(a, b)))];
  const covered = ranges.reduce((n, [a, b]) => n + (b - a), 0);
  return { paragraph, kind, ranges, found, score: (kind === 'full' ? 3 : 2) * 1e6 + covered * 100 + ranges.length };
}

/** Every paragraph that holds all the query's words, phrases first, then by coverage, then in reading order. */
export function rankWordHits(paragraphs: readonly Paragraph[], query: string): Hit[] {
  return paragraphs
    .map((p, order) => ({ hit: matchWords(p, query), order }))
    .filter((x): x is { hit: Hit; order: number } => !!x.hit)
    .sort((a, b) => b.hit.score - a.hit.score || a.order - b.order)
    .map((x) => x.hit);
}
