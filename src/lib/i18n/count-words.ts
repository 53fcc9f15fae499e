/**
 * A small count as the interface writes it in running text — "two reports", "两篇报道" — so sentences about
 * the archive take their numbers from the data and still read as written. Up to ten in words (Chinese uses 两
 * before a measure word), digits beyond.
 */
import type { LocaleCode } from './locales.ts';

const EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ZH_HANS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
/** The same numerals in Traditional script (Taiwan and Hong Kong write them alike): only 两 differs. */
const ZH_HANT = ZH_HANS.map((c) => (c === '两' ? '兩' : c));

export function countWord(n: number, locale: LocaleCode): string {
  if (!Number.isInteger(n) || n < 0 || n >= EN.length) return String(n);
  if (locale === 'en') return EN[n]!;
  return (locale === 'zh-hans' ? ZH_HANS : ZH_HANT)[n]!;
}
