/**
 * The search tables' character passes (script-table.ts) read a large archive's text by code unit; they must give
 * what the plain definitions give, character by character, for any text: characters beyond the Basic Multilingual
 * Plane, conversions that change a text's length, ties decided by first occurrence.
 */
import { describe, expect, it } from 'vitest';
import { alignedPairs, CharCounts, chars, foldTable, pageScriptMap } from '../../src/lib/search/script-table.ts';

/** The plain definitions the fast passes must equal. */
function plainCounts(texts: readonly string[]): [string, number][] {
  const seen = new Map<string, number>();
  for (const text of texts) for (const ch of text) seen.set(ch, (seen.get(ch) ?? 0) + 1);
  return [...seen];
}
function plainPairs(originals: readonly string[], converted: readonly string[]): Set<string> {
  const out = new Set<string>();
  converted.forEach((t, i) => {
    const s = [...originals[i]!];
    const c = [...t];
    if (s.length === c.length) s.forEach((ch, k) => ch !== c[k] && out.add(`${ch}>${c[k]}`));
  });
  return out;
}

// 𠮷 and 𩸽 are beyond the BMP (two code units each); "\u0000" must count like any character.
const SIMPLIFIED = ['发展团结', '𠮷野家发展', '面条𩸽', 'abc\u0000发', '里面', '只有一个', '后来', ''];
const CONVERTED = ['發展團結', '𠮷野家發展', '麪條𩸽', 'abc\u0000發', '裡面', '只有一個𠮷', '後來', ''];

describe('CharCounts', () => {
  it('counts every character in order of first occurrence, beyond the BMP too', () => {
    for (const texts of [SIMPLIFIED, CONVERTED, [...CONVERTED].reverse(), ['𠮷', '𠮷a', 'a𠮷b𩸽b']]) {
      expect([...new CharCounts(texts).entries()]).toEqual(plainCounts(texts));
      expect([...chars(texts)]).toEqual(plainCounts(texts).map(([ch]) => ch));
    }
    const counts = new CharCounts(SIMPLIFIED, CONVERTED);
    expect(counts.count('发')).toBe(3);
    expect(counts.count('𠮷')).toBe(3);
    expect(counts.count('\u0000')).toBe(2);
    expect(counts.count('麪')).toBe(1);
    expect(counts.count('龘')).toBe(0);
  });
});

describe('alignedPairs', () => {
  it('lists each differing aligned pair once, and skips texts whose length in characters changed', () => {
    const pairs = alignedPairs(SIMPLIFIED, CONVERTED);
    expect(new Set(pairs.map(([a, b]) => `${a}>${b}`))).toEqual(plainPairs(SIMPLIFIED, CONVERTED));
    expect(pairs).toHaveLength(new Set(pairs.map(([a, b]) => `${a}>${b}`)).size);
    // 只有一个 → 只有一個𠮷 changed length: 个 → 個 is not taken from it.
    expect(pairs.some(([a]) => a === '个')).toBe(false);
  });

  it('keeps a second form of a character and a pair whose form is U+0000', () => {
    const pairs = alignedPairs(['干了', '干净', '干'], ['幹了', '乾淨', '\u0000']).map(([a, b]) => `${a}>${b}`);
    expect(new Set(pairs)).toEqual(new Set(['干>幹', '干>乾', '净>淨', '干>\u0000']));
  });

  it('pairs a BMP character with one beyond it when the texts align by character', () => {
    expect(alignedPairs(['a吉b'], ['a𠮷b'])).toEqual([['吉', '𠮷']]);
  });

  it('takes nothing from a text of equal length in code units but not in characters', () => {
    // 4 code units each; 3 characters against 4. The pair a → x before the surrogate must not be kept, nor lost
    // for a later text that does align.
    expect(alignedPairs(['ab𠮷'], ['xb吉吉'])).toEqual([]);
    expect(alignedPairs(['ab𠮷', 'a'], ['xb吉吉', 'x'])).toEqual([['a', 'x']]);
  });
});

describe('the tables built from these passes', () => {
  it('choose the most frequent Simplified member, and break a page-script tie by first occurrence', () => {
    const fold = foldTable(['后后后', '後'], [['後後後', '后']], []);
    expect(fold).toEqual({ 後: '后' });
    // 後 and 后 occur twice each on this page: the first seen wins.
    expect(pageScriptMap(fold, ['後后', '后後'])).toEqual({ 后: '後' });
    expect(pageScriptMap(fold, ['后後', '後后'])).toEqual({});
  });
});
