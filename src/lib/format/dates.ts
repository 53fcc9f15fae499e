/** Dates are shown as the Beijing calendar date they were published on, whatever the reader's time zone. */
import type { LocaleCode } from '../i18n/locales.ts';

export function beijingDate(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function formatDate(iso: string, locale: LocaleCode): string {
  const { year, month, day } = beijingDate(iso);
  return locale === 'en' ? `${day} ${EN_MONTHS[month - 1]} ${year}` : `${year}年${month}月${day}日`;
}
