/**
 * Finding Chinese paragraphs by a name typed in Latin letters: an entry's
 * English name (or, for a person, any word of it: "Tokayev") or the pinyin of
 * its Chinese name ("Tuokayefu") stands for the entry's mention forms, which
 * the Chinese search then looks for. The data comes from content/people.yaml.
 */
import type { IndexEntry } from '../model/schema.ts';
import type { Hit, Paragraph } from '../search/match.ts';
import { foldWord } from './word-match.ts';

export interface NameAlias {
  /** Folded Latin keys: letters and digits only, lower case, no accents. */
  keys: string[];
  /** The entry's mention forms in the page's script. */
  forms: string[];
}

/** Letters and digits of a Latin string, folded: "Xi’an" → "xian", "Ürümqi" → "urumqi". */
export function latinKey(text: string): string {
  return foldWord(text).replace(/[^\p{L}\p{N}]/gu, '');
}

export function nameAliases(entries: readonly IndexEntry[], convert: (text: string) => string = (t) => t): NameAlias[] {
  return entries
    .filter((e) => e.kind !== 'unnamed')
    .map((e) => {
      const en = e.names.en;
      const keys = new Set([latinKey(en), latinKey(en.split(/[(,]/)[0]!)]);
      if (e.names.pinyin) keys.add(latinKey(e.names.pinyin));
      // A person is often named by one part of the name only (the text's 托卡耶夫 is “Tokayev”).
      if (e.kind === 'person') for (const part of en.split(/[\s-]+/)) keys.add(latinKey(part));
      keys.delete('');
      return { keys: [...keys].sort(), forms: e.mentions.map(convert) };
    });
}

/** The mention forms a Latin query stands for (none for a query with Chinese characters or no known name). */
export function formsForQuery(query: string, aliases: readonly NameAlias[]): string[] {
  if (/\p{Script=Han}/u.test(query)) return [];
  const key = latinKey(query);
  if (!key) return [];
  return [...new Set(aliases.filter((a) => a.keys.includes(key)).flatMap((a) => a.forms))];
}

/**
 * The hits of a query plus, when it names an entry in Latin letters, the hits of the entry's mention forms
 * (after the direct hits, each paragraph once).
 */
export function withNameHits(
  direct: Hit[],
  paragraphs: readonly Paragraph[],
  query: string,
  aliases: readonly NameAlias[],
  rank: (paragraphs: readonly Paragraph[], query: string) => Hit[],
): Hit[] {
  const forms = formsForQuery(query, aliases);
  if (!forms.length) return direct;
  const key = (h: Hit) => `${h.paragraph.url}#${h.paragraph.id}`;
  const seen = new Set(direct.map(key));
  const extra = forms.flatMap((form) => rank(paragraphs, form)).filter((h) => !seen.has(key(h)) && seen.add(key(h)));
  const order = new Map(paragraphs.map((p, i) => [`${p.url}#${p.id}`, i]));
  return [...direct, ...extra.sort((a, b) => order.get(key(a))! - order.get(key(b))!)];
}
