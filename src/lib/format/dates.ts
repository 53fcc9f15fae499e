/** Dates are shown as the Beijing calendar date they were published on, whatever the reader's time zone. */
import type { LocaleCode } from '../i18n/locales.ts';

export function beijingDate(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/**
 * Intl's long date for each locale: "19 June 2025" (British English, as the English interface writes) and
 * "2025年6月19日" (Chinese writes the same date in every script). The date is given as a UTC midnight and
 * formatted in UTC, so the Beijing calendar date never shifts with the build machine's time zone.
 */
const FORMATS: Record<LocaleCode, Intl.DateTimeFormat> = Object.fromEntries(
  (
    [
      ['zh-hans', 'zh-Hans-CN'],
      ['zh-tw', 'zh-Hant-TW'],
      ['zh-hk', 'zh-Hant-HK'],
      ['en', 'en-GB'],
    ] as const
  ).map(([code, tag]) => [code, new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })]),
) as Record<LocaleCode, Intl.DateTimeFormat>;

export function formatDate(iso: string, locale: LocaleCode): string {
  const { year, month, day } = beijingDate(iso);
  return FORMATS[locale].format(new Date(Date.UTC(year, month - 1, day)));
}
