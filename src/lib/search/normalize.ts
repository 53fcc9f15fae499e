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

/**
 * Characters NFKC and lower-casing leave as they are and DROP keeps: CJK unified ideographs (with extension A),
 * ASCII digits and lower-case letters: nearly all of a report's text. They skip the general path, which took about
 * 40 ms over both reports' paragraphs in the first search of a cold page (Chromium, shared 2-core machine).
 */
const isPlain = (code: number) =>
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0x3400 && code <= 0x4dbf) ||
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x30 && code <= 0x39);

export function normalizeWithMap(original: string, fold: (c: string) => string = (c) => c): Normalized {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  // Each output character maps back to the whole source character it came from.
  const emit = (c: string, end: number) => {
    const out = fold(c);
    text += out;
    for (let k = 0; k < out.length; k++) {
      starts.push(offset);
      ends.push(end);
    }
  };
  for (const ch of original) {
    const end = offset + ch.length;
    if (ch.length === 1 && isPlain(ch.charCodeAt(0))) emit(ch, end);
    else for (const n of ch.normalize('NFKC').toLowerCase()) if (!DROP.test(n)) emit(n, end);
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
