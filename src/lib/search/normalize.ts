/**
 * Query and text normalization for search: full-width letters and digits
 * become half-width (NFKC), ASCII is lower-cased, and punctuation, symbols
 * and spaces — Chinese or ASCII — are dropped. Texts keep a map from each
 * normalized character back to its offset in the original, so a match found
 * in normalized text can be marked in the original.
 */

const DROP = /[\p{P}\p{S}\p{Z}\p{C}\s]/u;

export interface Normalized {
  text: string;
  /** For each UTF-16 unit of `text`, the offset in the original string where its character starts. */
  starts: number[];
  /** For each UTF-16 unit of `text`, the offset just after its character in the original. */
  ends: number[];
}

export function normalizeWithMap(original: string, fold: (c: string) => string = (c) => c): Normalized {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const ch of original) {
    const end = offset + ch.length;
    for (const n of ch.normalize('NFKC').toLowerCase()) {
      if (DROP.test(n)) continue;
      const out = fold(n);
      text += out;
      for (let k = 0; k < out.length; k++) {
        starts.push(offset);
        ends.push(end);
      }
    }
    offset = end;
  }
  return { text, starts, ends };
}

/** The normalized form of a string (no offsets). */
export function normalize(text: string, fold?: (c: string) => string): string {
  return normalizeWithMap(text, fold).text;
}

/** A query's terms: split on spaces and punctuation as typed, each normalized; empty terms dropped. */
export function queryTerms(query: string, fold?: (c: string) => string): string[] {
  return query
    .normalize('NFKC')
    .split(/[\p{P}\p{S}\p{Z}\s]+/u)
    .map((t) => normalize(t, fold))
    .filter(Boolean);
}
