/**
 * The archive's own words in a region's wording: converted like the reports
 * (OpenCC and the reviewed overrides), then the region's terms
 * (regional-terms.ts) applied outside quotations. Whatever stands in 「」, 『』
 * or 《》 quotes the reports, a document or an interface label, so it is kept
 * exactly as converted: quoted source text is never reworded.
 */
import { forLocale } from './convert.ts';
import type { ConversionTarget, Locale } from './locales.ts';
import { KEPT_TERMS, REGIONAL_TERMS } from './regional-terms.ts';

const patterns = new Map<ConversionTarget, { re: RegExp; to: Map<string, string> }>();

function termPattern(target: ConversionTarget) {
  let p = patterns.get(target);
  if (!p) {
    // Longest first, so 元數據 wins over 數據 and 來源文件 over any shorter term. Kept words
    // map to themselves, so a shorter term never rewords inside one (Hong Kong's 元數據).
    const kept = KEPT_TERMS[target].map((k) => ({ mainland: k.word, regional: k.word }));
    const terms = [...REGIONAL_TERMS[target], ...kept].sort((a, b) => b.mainland.length - a.mainland.length);
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    p = { re: new RegExp(terms.map((t) => escape(t.mainland)).join('|'), 'gu'), to: new Map(terms.map((t) => [t.mainland, t.regional])) };
    patterns.set(target, p);
  }
  return p;
}

/** Quoted spans (kept as they are) and the text between them. Nested 『』 stay inside their 「」. */
const QUOTED = /(「[^」]*」|『[^』]*』|《[^》]*》)/u;

/** Apply a region's terms to converted Traditional text, outside quotations. */
export function regionalWording(text: string, target: ConversionTarget): string {
  const { re, to } = termPattern(target);
  return text
    .split(QUOTED)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(re, (word) => to.get(word) ?? word)))
    .join('');
}

/** The quoted spans of a text, in order (what regionalWording never changes). */
export function quotedSpans(text: string): string[] {
  return text.split(QUOTED).filter((_part, i) => i % 2 === 1);
}

/**
 * Text the archive writes itself (interface strings, summaries, editorial
 * headlines, ledger notes, roles) for a locale: Traditional locales get it
 * converted and in their own wording; others get it unchanged.
 */
export function ownText(text: string, locale: Pick<Locale, 'conversion'>): string {
  return locale.conversion ? regionalWording(forLocale(text, locale), locale.conversion) : text;
}
