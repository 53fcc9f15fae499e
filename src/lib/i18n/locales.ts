/**
 * The archive's locales. Simplified Chinese is the original text; the two
 * Traditional locales are converted from it at build time; English is an
 * interface (and the archive's own summaries), never a translation of the reports.
 */
export type LocaleCode = 'zh-hans' | 'zh-tw' | 'zh-hk' | 'en';

/** The OpenCC target of a Traditional locale (`cn→tw`, `cn→hk`; never twp/hkp, which rewrite vocabulary). */
export type ConversionTarget = 'tw' | 'hk';

export interface Locale {
  /** URL prefix, ASCII. */
  code: LocaleCode;
  /** BCP 47 tag for `<html lang>` and `hreflang`. */
  lang: string;
  /** The locale's own name for itself, shown in the language switcher. */
  label: string;
  /** Open Graph locale. */
  ogLocale: string;
  /** Present on Traditional locales: how text is converted from the Simplified original. */
  conversion?: ConversionTarget;
  /** Whether this locale carries the report texts (all Chinese locales do). */
  hasReportText: boolean;
}

export const LOCALES: readonly Locale[] = [
  { code: 'zh-hans', lang: 'zh-Hans', label: '简体中文', ogLocale: 'zh_CN', hasReportText: true },
  {
    code: 'zh-tw',
    lang: 'zh-Hant-TW',
    label: '繁體中文（台灣）',
    ogLocale: 'zh_TW',
    conversion: 'tw',
    hasReportText: true,
  },
  {
    code: 'zh-hk',
    lang: 'zh-Hant-HK',
    label: '繁體中文（香港）',
    ogLocale: 'zh_HK',
    conversion: 'hk',
    hasReportText: true,
  },
  { code: 'en', lang: 'en', label: 'English', ogLocale: 'en_GB', hasReportText: false },
];

/** The original, canonical locale. */
export const SOURCE_LOCALE: Locale = LOCALES[0]!;

export const LOCALE_CODES = LOCALES.map((l) => l.code);

export function isLocaleCode(value: string): value is LocaleCode {
  return (LOCALE_CODES as readonly string[]).includes(value);
}

export function getLocale(code: string): Locale {
  const locale = LOCALES.find((l) => l.code === code);
  if (!locale) throw new Error(`Unknown locale "${code}". Known locales: ${LOCALE_CODES.join(', ')}.`);
  return locale;
}

/** `getStaticPaths` helper: one path per locale. */
export function localeStaticPaths(filter: (l: Locale) => boolean = () => true) {
  return LOCALES.filter(filter).map((locale) => ({ params: { locale: locale.code }, props: { locale } }));
}
