/**
 * What the quote and people pages show in one locale: names in the locale's
 * script (English names on English pages), quotes converted like their
 * paragraphs (the original words, marked as Chinese, on English pages),
 * mentions computed from the localized text, and links to paragraphs.
 */
import type { IndexEntry, Quote } from '../model/schema.ts';
import { forLocale } from '../i18n/convert.ts';
import { ownText } from '../i18n/regional.ts';
import { getLocale, type Locale } from '../i18n/locales.ts';
import { textBlocks } from '../text/blocks.ts';
import type { LocalizedReport } from '../text/localize.ts';
import { routes } from '../url/routes.ts';
import { mentionsOf, type ParagraphRef } from './mentions.ts';
import { sortQuotes } from './quotes.ts';

export interface QuoteView {
  quote: Quote;
  /** The words as the locale's text shows them (the Simplified original on English pages). */
  words: string;
  wordsLang: string;
  /** Site-root link to the paragraph that holds the words. */
  href: string;
  reportTitle: string;
  paragraphNumber: number;
  speaker: IndexEntry;
  speakerName: string;
}

export interface MentionView extends ParagraphRef {
  href: string;
  reportTitle: string;
}

export interface EntryView {
  entry: IndexEntry;
  /** The name in the locale: Simplified, Traditional or English. */
  name: string;
  nameLang: string;
  /** True when the shown name is an English name that is not confirmed. */
  nameUnverified: boolean;
  /** The role the archive describes from the text, in the locale's script and wording (Simplified on English pages). */
  role: string;
  mentions: MentionView[];
  quotes: QuoteView[];
}

export interface IndexView {
  entries: EntryView[];
  quotes: QuoteView[];
}

export function entryName(entry: IndexEntry, locale: Locale): { name: string; lang: string; unverified: boolean } {
  if (!locale.hasReportText) return { name: entry.names.en, lang: 'en', unverified: !entry.verified.en };
  // Converted like the text itself (same overrides), so a name always reads as it does in the paragraphs.
  return { name: forLocale(entry.names['zh-Hans'], locale), lang: locale.lang, unverified: false };
}

/** Which written form a name row shows (the key of its interface label). */
export type NameFormKey = 'zhHans' | 'zhHantTW' | 'zhHantHK' | 'en' | 'native';
export interface NameForm {
  key: NameFormKey;
  value: string;
  lang: string;
  unverified: boolean;
}

/** Every written form of an entry's name: the text's Simplified, both Traditional conversions, English, native. */
export function nameForms(entry: IndexEntry): NameForm[] {
  const [tw, hk] = [getLocale('zh-tw'), getLocale('zh-hk')];
  const forms: NameForm[] = [
    { key: 'zhHans', value: entry.names['zh-Hans'], lang: 'zh-Hans', unverified: false },
    { key: 'zhHantTW', value: forLocale(entry.names['zh-Hans'], tw), lang: tw.lang, unverified: false },
    { key: 'zhHantHK', value: forLocale(entry.names['zh-Hans'], hk), lang: hk.lang, unverified: false },
    { key: 'en', value: entry.names.en, lang: 'en', unverified: !entry.verified.en },
  ];
  if (entry.names.native && entry.names.native_lang)
    forms.push({ key: 'native', value: entry.names.native, lang: entry.names.native_lang, unverified: !entry.verified.native });
  return forms;
}

export function reportTitle(report: LocalizedReport, locale: Locale): string {
  return locale.hasReportText ? report.header.headline : report.data.en.headline;
}

/** Build the locale's view from reports already localized for it. */
export function buildIndexView(
  locale: Locale,
  reports: readonly LocalizedReport[],
  people: readonly IndexEntry[],
  quotes: readonly Quote[],
): IndexView {
  const paragraphs = reports.map((r) => ({ slug: r.slug, paragraphs: textBlocks(r.body) }));
  const numberOf = (slug: string, id: string) => paragraphs.find((r) => r.slug === slug)?.paragraphs.find((p) => p.id === id)?.number ?? 0;
  const titleOf = (slug: string) => {
    const report = reports.find((r) => r.slug === slug);
    return report ? reportTitle(report, locale) : slug;
  };
  const byId = new Map(people.map((p) => [p.id, p]));
  const quoteViews: QuoteView[] = sortQuotes(
    quotes,
    reports.map((r) => r.slug),
    (q) => numberOf(q.report, q.paragraph),
  ).flatMap((q) => {
    const speaker = byId.get(q.speaker);
    if (!speaker) return [];
    return [
      {
        quote: q,
        words: forLocale(q.words, locale),
        wordsLang: locale.hasReportText ? locale.lang : 'zh-Hans',
        href: routes.paragraph(locale.code, q.report, q.paragraph),
        reportTitle: titleOf(q.report),
        paragraphNumber: numberOf(q.report, q.paragraph),
        speaker,
        speakerName: entryName(speaker, locale).name,
      },
    ];
  });
  const entries = people.map((entry) => {
    const { name, lang, unverified } = entryName(entry, locale);
    const mentions = mentionsOf(entry.mentions, paragraphs, (t) => forLocale(t, locale)).map((m) => ({
      ...m,
      href: routes.paragraph(locale.code, m.report, m.paragraph),
      reportTitle: titleOf(m.report),
    }));
    return {
      entry,
      name,
      nameLang: lang,
      nameUnverified: unverified,
      role: ownText(entry.role, locale),
      mentions,
      quotes: quoteViews.filter((q) => q.quote.speaker === entry.id),
    };
  });
  return { entries, quotes: quoteViews };
}
