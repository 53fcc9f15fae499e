/**
 * The one place that lists how a figure may change between the Chinese text
 * and the archive's English translation. The numbers check
 * (translation-numbers.ts) allows exactly these and nothing else.
 */

/** Chinese units of count written after Arabic digits: 15亿 is 1.5 billion. Longest first. */
export const CHINESE_MAGNITUDES: readonly [unit: string, factor: number][] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

/** “More than” between the digits and the unit (1360多万, 百余): the figure stays the same (“more than 13.6 million”). */
export const CHINESE_APPROXIMATE: readonly string[] = ['多', '余'];

/** English scale words after digits: 1.5 billion. */
export const ENGLISH_MAGNITUDES: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** A Chinese month in digits (6月) may become the English month's name (June). */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Small numbers the English may spell out where the Chinese has digits (5国 → five countries). Spelled-out
 * numbers only ever answer for a Chinese figure; they never count as figures the Chinese lacks.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  thousand: 1000,
};
