/**
 * English search matching (words, any case, accents folded) and Latin names
 * on the Chinese search pages (English name, a part of a person's name, pinyin).
 */
import { describe, expect, it } from 'vitest';
import type { IndexEntry } from '../../src/lib/model/schema.ts';
import { forLocale } from '../../src/lib/i18n/convert.ts';
import { getLocale } from '../../src/lib/i18n/locales.ts';
import { rankHits, type Paragraph } from '../../src/lib/search/match.ts';
import { formsForQuery, latinKey, nameAliases, withNameHits } from '../../src/lib/translation/name-search.ts';
import { matchWords, rankWordHits } from '../../src/lib/translation/word-match.ts';
import { archive } from './helpers.ts';

const para = (id: string, text: string): Paragraph => ({ url: 'en/reports/x/', pageTitle: 'X', id, sectionTitle: 'S', text });

describe('English word matching', () => {
  const text = 'President Tokayev’s guests reached Ürümqi and the Caspian Sea; two summits met in Astana.';

  it('finds every query word as a word, in any case, with accents folded', () => {
    const hit = matchWords(para('p1', text), 'caspian urumqi')!;
    expect(hit.kind).toBe('all-terms');
    expect(hit.found).toEqual(['Ürümqi', 'Caspian']);
    expect(matchWords(para('p1', text), 'TOKAYEV')!.found).toEqual(['Tokayev']);
  });

  it('ranks the words in the typed order as a phrase, marking the whole phrase', () => {
    const hit = matchWords(para('p1', text), 'Caspian Sea')!;
    expect(hit.kind).toBe('full');
    expect(hit.found).toEqual(['Caspian Sea']);
  });

  it('allows a plural ending but never a word inside another word', () => {
    expect(matchWords(para('p1', text), 'summit')!.found).toEqual(['summits']);
    expect(matchWords(para('p1', text), 'ast')).toBeUndefined();
    expect(matchWords(para('p1', text), 'sea tokay')).toBeUndefined();
  });

  it('keeps only paragraphs that hold all the words, phrases first', () => {
    const hits = rankWordHits([para('a', 'Sea of the Caspian'), para('b', 'nothing here'), para('c', 'the Caspian Sea')], 'caspian sea');
    expect(hits.map((h) => h.paragraph.id)).toEqual(['c', 'a']);
    expect(rankWordHits([para('a', 'text')], '  ,, ')).toEqual([]);
  });
});

describe('Latin names on the Chinese search pages', () => {
  const entries = archive.people;
  const aliases = nameAliases(entries);
  const byId = (id: string) => entries.find((e) => e.id === id)!;

  it('folds names to letters and digits', () => {
    expect(latinKey('Xi’an')).toBe('xian');
    expect(latinKey('Ürümqi')).toBe('urumqi');
    expect(latinKey('Tuo Ka Ye Fu')).toBe('tuokayefu');
  });

  it('finds an entry by its English name, a part of a person’s name, or its pinyin', () => {
    const tokayev = byId('tokayev');
    expect(formsForQuery('Tokayev', aliases)).toEqual(tokayev.mentions);
    expect(formsForQuery('Kassym-Jomart Tokayev', aliases)).toEqual(tokayev.mentions);
    expect(formsForQuery('tuo ka ye fu', aliases)).toEqual(tokayev.mentions);
    expect(formsForQuery('Astana', aliases)).toContain(byId('astana').mentions[0]);
    expect(formsForQuery('托卡耶夫', aliases)).toEqual([]);
    expect(formsForQuery('no such name', aliases)).toEqual([]);
  });

  it('converts the forms to the page’s script', () => {
    const tw = getLocale('zh-tw');
    const entry: IndexEntry = { ...byId('tokayev'), mentions: ['哈萨克斯坦'] };
    expect(
      formsForQuery(
        'Tokayev',
        nameAliases([entry], (t) => forLocale(t, tw)),
      ),
    ).toEqual([forLocale('哈萨克斯坦', tw)]);
  });

  it('adds the paragraphs that mention the entry after the direct hits, once each', () => {
    const paragraphs = [para('p1', '托卡耶夫总统热情迎接。'), para('p2', 'Tokayev 托卡耶夫'), para('p3', '习近平主席。')];
    const rank = (ps: readonly Paragraph[], q: string) => rankHits(ps, q, (c) => c);
    const direct = rank(paragraphs, 'Tokayev');
    const hits = withNameHits(direct, paragraphs, 'Tokayev', aliases, rank);
    expect(hits.map((h) => h.paragraph.id)).toEqual(['p2', 'p1']);
    expect(hits[1]!.found).toEqual(['托卡耶夫']);
  });
});
