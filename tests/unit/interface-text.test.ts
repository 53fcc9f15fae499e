/** The small helpers interface text goes through: placeholders, counts in words, and dates. */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/format/dates.ts';
import { countWord } from '../../src/lib/i18n/count-words.ts';
import { interpolate } from '../../src/lib/i18n/interpolate.ts';
import { LOCALE_CODES } from '../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../src/lib/i18n/strings.ts';

describe('interpolate', () => {
  it('fills every placeholder, repeated ones too, and keeps one without a value visible', () => {
    expect(interpolate('找到{n}处，另有{m}处部分匹配', { n: 3, m: 0 })).toBe('找到3处，另有0处部分匹配');
    expect(interpolate('{a}-{a}', { a: 'x' })).toBe('x-x');
    expect(interpolate('{count} reports of {missing}', { count: 'two' })).toBe('two reports of {missing}');
  });
});

describe('countWord', () => {
  it('writes small counts in words in each locale, 两 before a Chinese measure word', () => {
    expect(LOCALE_CODES.map((l) => countWord(2, l))).toEqual(['两', '兩', '兩', 'two']);
    expect(countWord(3, 'zh-hans')).toBe('三');
    expect(countWord(10, 'en')).toBe('ten');
  });
  it('writes digits beyond ten and for anything that is not a count', () => {
    expect(countWord(11, 'zh-hans')).toBe('11');
    expect(countWord(10_000, 'en')).toBe('10000');
    expect(countWord(1.5, 'en')).toBe('1.5');
  });
  it('gives the sentences about the archive its real number of reports', () => {
    for (const code of LOCALE_CODES) {
      const strings = uiStrings(code);
      for (const key of ['site.description', 'home.intro', 'quotes.intro'] as const)
        expect(strings[key], `${code} ${key}`).toContain('{count}');
    }
  });
});

describe('formatDate', () => {
  it('shows the Beijing calendar date in each locale’s long form', () => {
    expect(formatDate('2025-06-19T00:00:00+08:00', 'en')).toBe('19 June 2025');
    expect(formatDate('2025-06-19T00:00:00+08:00', 'zh-hans')).toBe('2025年6月19日');
    expect(formatDate('2025-06-19T00:00:00+08:00', 'zh-tw')).toBe('2025年6月19日');
    expect(formatDate('2025-12-31T23:30:00+08:00', 'zh-hk')).toBe('2025年12月31日');
    expect(formatDate('2025-01-01T00:00:00+08:00', 'en')).toBe('1 January 2025');
  });
});
