/**
 * Simplified → Traditional conversion for the Taiwan and Hong Kong locales.
 * Always convert whole joined strings (a paragraph, a title): OpenCC segments
 * phrases by context, so text split by a line break or markup converts wrongly.
 * `cn→tw` / `cn→hk` only (never twp/hkp, which rewrite vocabulary in quotations).
 */
import * as OpenCC from 'opencc-js';
import type { ConversionTarget, Locale } from './locales.ts';
import { applyOverrides, OVERRIDES } from './overrides.ts';

const converters = new Map<ConversionTarget, (text: string) => string>();

function converter(target: ConversionTarget): (text: string) => string {
  let convert = converters.get(target);
  if (!convert) {
    convert = OpenCC.Converter({ from: 'cn', to: target });
    converters.set(target, convert);
  }
  return convert;
}

/** Taiwan and Hong Kong set quotations in 「」 and 『』. */
export function toCornerQuotes(text: string): string {
  return text.replace(/“/g, '「').replace(/”/g, '」').replace(/‘/g, '『').replace(/’/g, '』');
}

/** Convert Simplified text to a Traditional target: OpenCC, then reviewed overrides, then quotation marks. */
export function convertText(text: string, target: ConversionTarget): string {
  return toCornerQuotes(applyOverrides(converter(target)(text), OVERRIDES[target]));
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
