/**
 * Interface strings for every locale: English and Simplified as written,
 * Traditional converted from Simplified in the region's own wording (the
 * terms of regional-terms.ts), with whole-string rewordings (ui/zh-hant.ts)
 * only where a term cannot say it.
 */
import { regionalWording } from './regional.ts';
import { convertText } from './convert.ts';
import { interpolate } from './interpolate.ts';
import type { LocaleCode } from './locales.ts';
import en from './ui/en.ts';
import zhHans from './ui/zh-hans.ts';
import { hk, tw } from './ui/zh-hant.ts';

export type UiKey = keyof typeof zhHans;
export type UiStrings = Record<UiKey, string>;

function converted(target: 'tw' | 'hk', regional: Partial<UiStrings>): UiStrings {
  const out = {} as UiStrings;
  for (const key of Object.keys(zhHans) as UiKey[]) out[key] = regional[key] ?? regionalWording(convertText(zhHans[key], target), target);
  return out;
}

const cache = new Map<LocaleCode, UiStrings>();

export function uiStrings(locale: LocaleCode): UiStrings {
  let strings = cache.get(locale);
  if (!strings) {
    strings = locale === 'en' ? en : locale === 'zh-hans' ? { ...zhHans } : locale === 'zh-tw' ? converted('tw', tw) : converted('hk', hk);
    cache.set(locale, strings);
  }
  return strings;
}

/** A label before its value and an aside after its word, in the locale's punctuation (full-width in Chinese). */
export function usePunctuation(locale: LocaleCode) {
  const strings = uiStrings(locale);
  return {
    label: (text: string) => text + strings['punct.colon'],
    aside: (text: string) => strings['punct.open'] + text + strings['punct.close'],
  };
}

/** A translator for one locale: t('report.paragraph', { n: 3 }). */
export function useTranslations(locale: LocaleCode) {
  const strings = uiStrings(locale);
  return (key: UiKey, vars: Record<string, string | number> = {}) => interpolate(strings[key], vars);
}
