/**
 * The search query matrix over the matching code (match.ts with the build's
 * script folding), on the real reports in every Chinese locale: each query's
 * best result is the expected paragraph, a full match, and the words it marks
 * (carried to the article as ?hl=) are the query's own, in the page's script.
 * The browser runs a few of these end to end (tests/e2e/search.spec.ts).
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { convertText } from '../../src/lib/i18n/convert.ts';
import { getLocale } from '../../src/lib/i18n/locales.ts';
import { folder } from '../../src/lib/search/fold.ts';
import { type Paragraph, rankHits } from '../../src/lib/search/match.ts';
import { archiveFold, archiveStrings } from '../../src/lib/search/script-table.ts';
import { textBlocks } from '../../src/lib/text/blocks.ts';
import { localizeReport } from '../../src/lib/text/localize.ts';
import { SEARCH_CASES } from '../support/search-cases.ts';
import { archive } from './helpers.ts';

const LOCALES = [
  { code: 'zh-hans', convert: (s: string) => s },
  { code: 'zh-tw', convert: (s: string) => convertText(s, 'tw') },
  { code: 'zh-hk', convert: (s: string) => convertText(s, 'hk') },
] as const;

const localized = Object.fromEntries(
  LOCALES.map(({ code }) => [code, archive.reports.map((r) => localizeReport(r.data.slug, r.data, r.parsed, getLocale(code)))]),
);
const strings = (code: string) => archiveStrings(localized[code]!.map((r) => ({ headline: r.header.headline, body: r.body })));
const fold = folder(archiveFold(strings('zh-hans'), strings('zh-tw'), strings('zh-hk')));
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const normalize = (s: string) => s.normalize('NFKC').replace(/[\p{P}\p{S}\p{Z}\s]/gu, '');

/** The paragraphs a locale's search page checks: every report's paragraphs as the page shows them. */
const paragraphs = (code: string): Paragraph[] =>
  localized[code]!.flatMap((r) =>
    textBlocks(r.body).map((b) => ({
      url: `/${code}/reports/${r.slug}/`,
      pageTitle: r.header.headline,
      id: b.id,
      sectionTitle: '',
      text: b.text,
    })),
  );

for (const locale of LOCALES) {
  describe(`search matching in ${locale.code}`, () => {
    // The cases name what the two reports they were written from must rank first; a report added later may hold
    // the same words, so the ranking they pin is among those two reports' paragraphs.
    const caseReports = new Set(SEARCH_CASES.flatMap((c) => [c.slug, ...(c.also ?? []).map((key) => key.split('#')[0]!)]));
    const all = paragraphs(locale.code).filter((p) => caseReports.has(/\/reports\/([a-z0-9-]+)\/$/.exec(p.url)![1]!));
    for (const c of SEARCH_CASES) {
      it(`${c.q} (${c.note}) → ${c.slug}#${c.ids[0]}`, () => {
        const [best] = rankHits(all, c.q, fold);
        expect(best, 'a result').toBeDefined();
        const landed = `${/\/reports\/([a-z-]+)\/$/.exec(best!.paragraph.url)?.[1]}#${best!.paragraph.id}`;
        expect([...c.ids.map((id) => `${c.slug}#${id}`), ...(c.also ?? [])]).toContain(landed);
        expect(best!.kind).toBe('full');
        const expected = normalize(locale.convert(c.original ?? toSimplified(c.q)));
        expect(normalize(best!.paragraph.text)).toContain(expected);
        expect(best!.found.length).toBeGreaterThan(0);
        for (const term of best!.found) expect(normalize(term)).toBe(expected);
      });
    }

    it('量子计算机 finds nothing (no single-character matches)', () => {
      expect(rankHits(all, '量子计算机', fold)).toEqual([]);
    });

    it('连云港 量子: partial matches only; 连云港: none partial', () => {
      const partly = rankHits(all, locale.convert('连云港 量子'), fold);
      expect(partly.length).toBeGreaterThan(0);
      expect(partly.every((h) => h.kind === 'partial')).toBe(true);
      expect(rankHits(all, '连云港', fold).some((h) => h.kind === 'partial')).toBe(false);
    });
  });
}
