/**
 * The numbers check of a translation: every figure the Chinese paragraph
 * writes in Arabic digits stands in the English paragraph with the same value
 * (after the unit conversions of translation-units.ts), and the English has no
 * figure in digits that the Chinese lacks.
 */
import { CHINESE_APPROXIMATE, CHINESE_MAGNITUDES, ENGLISH_MAGNITUDES, MONTHS, NUMBER_WORDS } from './translation-units.ts';

export interface Figure {
  value: number;
  /** The figure as written, for messages. */
  text: string;
}

const parse = (digits: string) => Number(digits.replace(/,/g, ''));

/** Figures in Arabic digits in Chinese text, with 亿/万… applied; 6月 is the month 6. */
export function chineseFigures(text: string): Figure[] {
  const units = CHINESE_MAGNITUDES.map(([u]) => u).join('|');
  const re = new RegExp(`(\\d+(?:\\.\\d+)?)(?:${CHINESE_APPROXIMATE.join('|')})?\\s*(${units})?`, 'g');
  return [...text.normalize('NFKC').matchAll(re)].map((m) => {
    const factor = CHINESE_MAGNITUDES.find(([u]) => u === m[2])?.[1] ?? 1;
    return { value: parse(m[1]!) * factor, text: m[0] };
  });
}

/** Figures in digits in English text ("1.5 billion", "1,000", "16"), and the words that may stand for one. */
export function englishFigures(text: string): { digits: Figure[]; words: Figure[] } {
  const scales = Object.keys(ENGLISH_MAGNITUDES).join('|');
  const re = new RegExp(`(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:[\\s-]+(${scales})\\b)?`, 'gi');
  const digits = [...text.matchAll(re)].map((m) => ({
    value: parse(m[1]!) * (m[2] ? ENGLISH_MAGNITUDES[m[2].toLowerCase()]! : 1),
    text: m[0],
  }));
  const words = [...text.toLowerCase().matchAll(/\p{L}+/gu)].flatMap((m) => {
    const month = MONTHS.indexOf(m[0]);
    if (month !== -1) return [{ value: month + 1, text: m[0] }];
    const n = NUMBER_WORDS[m[0]];
    return n === undefined ? [] : [{ value: n, text: m[0] }];
  });
  return { digits, words };
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/** What differs: Chinese figures the English lacks, English figures in digits the Chinese lacks. */
export function compareFigures(zh: string, en: string): { missing: Figure[]; extra: Figure[] } {
  const { digits, words } = englishFigures(en);
  const take = (pool: Figure[], value: number) => {
    const i = pool.findIndex((f) => same(f.value, value));
    return i === -1 ? false : (pool.splice(i, 1), true);
  };
  const missing = chineseFigures(zh).filter((f) => !take(digits, f.value) && !take(words, f.value));
  return { missing, extra: digits };
}
