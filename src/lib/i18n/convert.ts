/**
 * Simplified → Traditional conversion for the Taiwan and Hong Kong locales.
 * Always convert whole joined strings (a paragraph, a title): OpenCC segments
 * phrases by context, so text split by a line break or markup converts wrongly.
 * `cn→tw` / `cn→hk` only (never twp/hkp, which rewrite vocabulary in quotations).
 */
import type { ConversionTarget, Locale } from './locales.ts';
import { applyOverrides, OVERRIDES } from './overrides.ts';
import { type PairConverter, traditionalPair } from './traditional-pair.ts';

let pair: PairConverter | undefined;
/**
 * OpenCC's output for the other region, kept from converting a text for one region until the other asks for it (a
 * build converts every paragraph for both, one region after the other, so this holds at most what the second
 * region's reports will hold anyway), with how many times it is still owed: a text the archive has twice is
 * converted twice for the first region and taken twice by the second. Bounded for `astro dev`, where a region's
 * pages may never be asked for.
 */
const owed: Record<ConversionTarget, Map<string, { text: string; times: number }>> = { tw: new Map(), hk: new Map() };
const KEPT = 2_000_000;

function opencc(text: string, target: ConversionTarget): string {
  const kept = owed[target].get(text);
  if (kept) {
    if (--kept.times === 0) owed[target].delete(text);
    return kept.text;
  }
  const both = (pair ??= traditionalPair())(text);
  const other = owed[target === 'tw' ? 'hk' : 'tw'];
  const already = other.get(text);
  if (already) already.times++;
  else {
    if (other.size >= KEPT) other.clear();
    other.set(text, { text: both[target === 'tw' ? 'hk' : 'tw'], times: 1 });
  }
  return both[target];
}

/** Taiwan and Hong Kong set quotations in 「」 and 『』. */
export function toCornerQuotes(text: string): string {
  return text.replace(/“/g, '「').replace(/”/g, '」').replace(/‘/g, '『').replace(/’/g, '』');
}

/** Convert Simplified text to a Traditional target: OpenCC, then reviewed overrides, then quotation marks. */
export function convertText(text: string, target: ConversionTarget): string {
  return toCornerQuotes(applyOverrides(opencc(text, target), OVERRIDES[target]));
}

/**
 * Short strings (outlet and place names, labels) are converted again on every page that shows them: remember them.
 * Longer text (paragraphs, headlines) is converted once per build by its caller.
 */
const SHORT = 16;
const shortConversions = new Map<string, string>();

/** Convert Chinese text for a locale; Simplified and English locales get the text unchanged. */
export function forLocale(text: string, locale: Pick<Locale, 'conversion'>): string {
  if (!locale.conversion) return text;
  if (text.length > SHORT) return convertText(text, locale.conversion);
  const key = `${locale.conversion}\u0000${text}`;
  let converted = shortConversions.get(key);
  if (converted === undefined) shortConversions.set(key, (converted = convertText(text, locale.conversion)));
  return converted;
}
