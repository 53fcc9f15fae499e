/**
 * Taiwan and Hong Kong pages speak in their own words: no mainland-only term
 * is left in anything the archive writes itself (interface strings, report
 * summaries, editorial headlines, ledger notes, index roles), quoted text is
 * never reworded, and every regional term names a source (the machine-checkable
 * ones are checked here against OpenCC's Taiwan table and CLDR).
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { forLocale } from '../../src/lib/i18n/convert.ts';
import { type ConversionTarget, LOCALES } from '../../src/lib/i18n/locales.ts';
import { ownText, quotedSpans, regionalWording } from '../../src/lib/i18n/regional.ts';
import { KEPT_TERMS, REGIONAL_TERMS, TERM_SOURCES } from '../../src/lib/i18n/regional-terms.ts';
import { uiStrings } from '../../src/lib/i18n/strings.ts';
import { localizeReport } from '../../src/lib/text/localize.ts';
import { archive } from './helpers.ts';

/**
 * Mainland words (in Traditional characters, as OpenCC writes them) that the region does not use in this sense.
 * Kept apart from the terms data on purpose: the data must cover this list, not define it.
 */
const MAINLAND_ONLY: Record<ConversionTarget, string[]> = {
  tw: [
    '鏈接',
    '搜索',
    '報道',
    '數據',
    '元數據',
    '文件夾',
    '界面',
    '字符',
    '構建',
    '導航',
    '當前',
    '回車',
    '打開',
    '匹配',
    '腳本',
    '文本',
    '臺賬',
    '臺灣',
    '刷新',
    '加載',
    '訪問本頁',
    '打印',
    '默認',
    '信息',
    '視頻',
    '軟件',
    '關鍵詞',
  ],
  hk: [
    '鏈接',
    '搜索',
    '數據',
    // 元數據 is not here: Hong Kong writes it (a kept word in regional-terms.ts).
    '文件夾',
    '界面',
    '構建',
    '導航',
    '當前',
    '回車',
    '匹配',
    '腳本',
    '文本',
    '台賬',
    '刷新',
    '加載',
    '關鍵詞',
  ],
};

/** Everything the archive writes itself, for one Traditional locale, with where it comes from. */
function ownTexts(code: 'zh-tw' | 'zh-hk'): { where: string; text: string }[] {
  const locale = LOCALES.find((l) => l.code === code)!;
  const texts = Object.entries(uiStrings(code)).map(([key, text]) => ({ where: `interface string ${key}`, text }));
  for (const r of archive.reports) {
    const model = localizeReport(r.data.slug, r.data, r.parsed, locale);
    texts.push({ where: `summary of ${r.data.slug}`, text: model.summary });
    if (model.header.headlineIsEditorial) texts.push({ where: `editorial headline of ${r.data.slug}`, text: model.header.headline });
  }
  for (const e of archive.ledger) texts.push({ where: `ledger note ${e.id}`, text: ownText(e.reason, locale) });
  for (const p of archive.people) texts.push({ where: `role of ${p.id}`, text: ownText(p.role, locale) });
  return texts;
}

/** The text outside quotations: what the archive says in its own words. */
const unquoted = (text: string) => text.replace(/「[^」]*」|『[^』]*』|《[^》]*》/gu, '');
/** Kept words blanked out, so Hong Kong's 元數據 does not count as the mainland 數據 inside it. */
const withoutKept = (text: string, target: ConversionTarget) => KEPT_TERMS[target].reduce((t, k) => t.replaceAll(k.word, '〇'), text);

for (const [code, target] of [
  ['zh-tw', 'tw'],
  ['zh-hk', 'hk'],
] as const) {
  describe(`${code}: the archive’s own words in the region’s wording`, () => {
    const texts = ownTexts(code);

    it('has texts of every kind to check', () => {
      for (const kind of ['interface string', 'summary', 'ledger note', 'role'])
        expect(
          texts.some((t) => t.where.startsWith(kind)),
          kind,
        ).toBe(true);
    });

    it(`uses no mainland-only term: ${MAINLAND_ONLY[target].join('、')}`, () => {
      const found = texts.flatMap(({ where, text }) =>
        MAINLAND_ONLY[target]
          .filter((term) => withoutKept(unquoted(text), target).includes(term))
          .map((term) => `${term} in ${where}: ${text}`),
      );
      expect(found).toEqual([]);
    });

    it('the terms data rewrites every mainland-only term (so new strings get the region’s word too)', () => {
      expect(MAINLAND_ONLY[target].filter((term) => regionalWording(term, target) === term)).toEqual([]);
    });

    it('never rewords quoted text: every quotation reads exactly as converted', () => {
      const sources = [
        ...archive.reports.map((r) => r.data.summary),
        ...archive.ledger.map((e) => e.reason),
        ...archive.people.map((p) => p.role),
      ];
      const locale = LOCALES.find((l) => l.code === code)!;
      for (const s of sources) expect(quotedSpans(ownText(s, locale)), s).toEqual(quotedSpans(forLocale(s, locale)));
    });

    it('leaves quotations alone and rewords the rest (worked example)', () => {
      const text = regionalWording('本館摘要的數據與「報道數據鏈接」，《搜索》', target);
      expect(text).toBe(`本館摘要的資料與「報道數據鏈接」，《搜索》`);
    });

    it('a kept word stays whole: no shorter term rewords inside it', () => {
      for (const k of KEPT_TERMS[target]) expect(regionalWording(`作為${k.word}移至`, target), k.word).toBe(`作為${k.word}移至`);
    });

    it('every term names a known source, changes the word, and no term is listed twice', () => {
      const seen = new Set<string>();
      for (const t of REGIONAL_TERMS[target]) {
        expect(TERM_SOURCES[t.source], t.mainland).toBeDefined();
        expect(t.regional, t.mainland).not.toBe(t.mainland);
        expect(seen.has(t.mainland), `${t.mainland} listed twice`).toBe(false);
        seen.add(t.mainland);
      }
      for (const k of KEPT_TERMS[target]) expect(TERM_SOURCES[k.source], k.word).toBeDefined();
    });
  });
}

describe('machine-checkable term sources', () => {
  const twPhrases = OpenCC.Converter({ from: 'cn', to: 'twp' });
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

  it('terms citing OpenCC’s Taiwan phrase table are in it', () => {
    const cited = REGIONAL_TERMS.tw.filter((t) => t.source === 'opencc-twp');
    expect(cited.length).toBeGreaterThan(0);
    for (const t of cited) {
      // A phrase term rests on the table's word (來源文件 → 來源檔案 on 文件 → 檔案).
      const [mainland, regional] = t.sourceWord ?? [t.mainland, t.regional];
      expect(t.mainland.includes(mainland) && t.regional.includes(regional), t.mainland).toBe(true);
      expect(twPhrases(toSimplified(mainland)), t.mainland).toBe(regional);
    }
  });

  it('terms citing CLDR match the region names of CLDR’s zh-Hant data (via Intl)', () => {
    const taiwan = new Intl.DisplayNames(['zh-Hant'], { type: 'region' }).of('TW')!;
    const cited = [
      ...REGIONAL_TERMS.tw.filter((t) => t.source === 'cldr').map((t) => t.regional),
      ...KEPT_TERMS.hk.filter((k) => k.source === 'cldr').map((k) => k.word),
    ];
    expect(cited).not.toEqual([]);
    for (const word of cited) expect(word).toBe(taiwan);
    // The switcher names the region the same way.
    expect(LOCALES.find((l) => l.code === 'zh-tw')!.label).toContain(taiwan);
  });
});
