/**
 * What says, in data, that an English text is the archive's translation: the
 * schema.org fields of the English page and the note its feed entry carries.
 */
import type { LocalizedReport } from '../text/localize.ts';

/** schema.org fields added to the English page's NewsArticle: the English headline, the original and the translator. */
export function translationJsonLd(
  english: LocalizedReport,
  options: { originalUrl: string; archiveName: string; archiveUrl: string },
): Record<string, unknown> {
  return {
    headline: english.header.headline,
    translationOfWork: { '@type': 'NewsArticle', inLanguage: 'zh-Hans', url: options.originalUrl },
    translator: { '@type': 'Organization', name: options.archiveName, url: options.archiveUrl },
  };
}

/** A feed entry's summary with the translation note and the original's URL after it. */
export function summaryWithTranslationNote(summary: string, note: string): string {
  return `${summary}\n\n[${note}]`;
}
