/**
 * Tests only: OpenCC's algorithm (longest match per dictionary stage, after an
 * optional segmentation) over tables restricted to what the archive holds
 * (search-table.ts). The tests use it to prove that the restricted tables lose
 * nothing: converting archive text with them gives exactly what convert.ts gives,
 * so the search page's fold table (derived from the same dictionaries) is sound.
 * Nothing here ships; the browser only folds (src/lib/search/fold.ts).
 */
import type { Dict } from '../../src/lib/search/fold.ts';

export interface ConversionSpec {
  /** Phrase keys that cut the text into segments before conversion (may be empty). */
  segments: string[];
  /** Dictionaries applied one after the other, each by longest match. */
  stages: Dict[];
  /** Reviewed phrase replacements applied last, in order: [anchored pattern (RegExp source), right] (see overrides.ts). */
  overrides: [string, string][];
  /** Whether quotation marks become 「」『』 (Taiwan and Hong Kong). */
  cornerQuotes: boolean;
}

function maxKeyLength(keys: Iterable<string>): number {
  let max = 0;
  for (const k of keys) max = Math.max(max, k.length);
  return max;
}

function longestAt(text: string, i: number, has: (s: string) => boolean, max: number): number {
  for (let len = Math.min(max, text.length - i); len > 0; len--) if (has(text.slice(i, i + len))) return len;
  return 0;
}

function charLength(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? 2 : 1;
}

export function convertByDict(text: string, dict: Dict, max = maxKeyLength(Object.keys(dict))): string {
  let out = '';
  for (let i = 0; i < text.length;) {
    const len = longestAt(text, i, (s) => Object.hasOwn(dict, s), max);
    if (len) {
      out += dict[text.slice(i, i + len)];
      i += len;
    } else {
      const n = charLength(text, i);
      out += text.slice(i, i + n);
      i += n;
    }
  }
  return out;
}

export function segment(text: string, keys: ReadonlySet<string>, max = maxKeyLength(keys)): string[] {
  const parts: string[] = [];
  let pending = '';
  for (let i = 0; i < text.length;) {
    const len = longestAt(text, i, (s) => keys.has(s), max);
    if (len) {
      if (pending) parts.push(pending);
      pending = '';
      parts.push(text.slice(i, i + len));
      i += len;
    } else {
      const n = charLength(text, i);
      pending += text.slice(i, i + n);
      i += n;
    }
  }
  if (pending) parts.push(pending);
  return parts;
}

/** A converter for one spec; dictionaries are indexed once. */
export function converterFor(spec: ConversionSpec): (text: string) => string {
  const keys = new Set(spec.segments);
  const segMax = maxKeyLength(keys);
  const maxes = spec.stages.map((d) => maxKeyLength(Object.keys(d)));
  return (text) => {
    let parts = keys.size ? segment(text, keys, segMax) : [text];
    spec.stages.forEach((dict, k) => {
      parts = parts.map((p) => convertByDict(p, dict, maxes[k]));
    });
    let out = parts.join('');
    for (const [pattern, right] of spec.overrides) out = out.replace(new RegExp(pattern, 'gu'), right);
    if (spec.cornerQuotes) out = out.replace(/“/g, '「').replace(/”/g, '」').replace(/‘/g, '『').replace(/’/g, '』');
    return out;
  };
}
