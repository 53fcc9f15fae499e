import { describe, expect, it } from 'vitest';
import { citationInput, citations } from '../../src/lib/cite/index.ts';
import { getLocale } from '../../src/lib/i18n/locales.ts';
import { localizeReport } from '../../src/lib/text/localize.ts';
import { report } from './helpers.ts';

const URL_A = 'https://archive.example/zh-hans/reports/harmony-and-unity/';
const cite = (slug: string, localeCode: string, options: { paragraph?: { id: string; number: number }; accessed?: string } = {}) => {
  const locale = getLocale(localeCode);
  const r = report(slug);
  const localized = localizeReport(slug, r.data, r.parsed, locale);
  return citations(
    citationInput(localized, locale, {
      url: `https://archive.example/${localeCode}/reports/${slug}/`,
      archiveTitle: 'Summit archive',
      ...options,
    }),
  );
};

describe('GB/T 7714-2015', () => {
  it('cites report A as the People’s Daily article [N] and the Xinhua original [EB/OL], first three authors then 等', () => {
    const { gbt7714 } = cite('harmony-and-unity', 'zh-hans', { accessed: '2026-11-24' });
    expect(gbt7714).toEqual([
      `郝薇薇, 杨依军, 杜尚泽, 等. “和睦与团结就是幸福与财富”——习近平主席赴哈萨克斯坦阿斯塔纳出席第二届中国—中亚峰会纪实[EB/OL]. 北京: 新华社, 2025-06-19[2026-11-24]. ${URL_A}.`,
      `郝薇薇, 杨依军, 杜尚泽, 等. “和睦与团结就是幸福与财富”——习近平主席赴哈萨克斯坦阿斯塔纳出席第二届中国—中亚峰会纪实[N]. 人民日报, 2025-06-19. ${URL_A}.`,
    ]);
  });

  it('brackets the archive’s own title and leaves a placeholder for the access date in static output', () => {
    const { gbt7714 } = cite('international-voices', 'zh-hans');
    expect(gbt7714).toEqual([
      '张伟, 王雅楠, 杜鹃. [多国人士谈习近平主席出席第二届中国—中亚峰会][EB/OL]. 北京: 新华社, 2025-06-19[引用日期]. https://archive.example/zh-hans/reports/international-voices/.',
    ]);
  });

  it('cites a paragraph by number and permalink, in the page’s script', () => {
    const { gbt7714 } = cite('harmony-and-unity', 'zh-tw', { paragraph: { id: 's1-p2', number: 12 }, accessed: '2026-11-24' });
    expect(gbt7714[1]).toBe(
      '郝薇薇, 楊依軍, 杜尚澤, 等. 「和睦與團結就是幸福與財富」——習近平主席赴哈薩克斯坦阿斯塔納出席第二屆中國—中亞峰會紀實[N]. 人民日報, 2025-06-19: 第12段. https://archive.example/zh-tw/reports/harmony-and-unity/#s1-p2.',
    );
  });
});

describe('APA and MLA', () => {
  it('APA: all authors with &, date, title with the archive’s English rendering, newspaper, URL', () => {
    expect(cite('harmony-and-unity', 'zh-hans').apa).toBe(
      `郝薇薇, 杨依军, 杜尚泽, & 孟祥麟. (2025, June 19). “和睦与团结就是幸福与财富”——习近平主席赴哈萨克斯坦阿斯塔纳出席第二届中国—中亚峰会纪实 [“Harmony and unity are happiness and wealth”: President Xi Jinping’s journey to Astana, Kazakhstan, for the second China–Central Asia Summit]. 人民日报 [People's Daily]. ${URL_A}`,
    );
  });

  it('APA: an untitled report is cited by its [description]', () => {
    expect(cite('international-voices', 'zh-hans').apa).toContain(
      '(2025, June 19). [People from many countries on President Xi Jinping’s attendance at the second China–Central Asia Summit]. 新华社',
    );
  });

  it('MLA: first author et al., nested quotation marks, container, date, archive, access date', () => {
    const { mla } = cite('harmony-and-unity', 'zh-hans', { accessed: '2026-11-24', paragraph: { id: 'p3', number: 3 } });
    expect(mla).toBe(
      `郝薇薇, et al. “‘和睦与团结就是幸福与财富’——习近平主席赴哈萨克斯坦阿斯塔纳出席第二届中国—中亚峰会纪实 [‘Harmony and unity are happiness and wealth’: President Xi Jinping’s journey to Astana, Kazakhstan, for the second China–Central Asia Summit].” People's Daily, 19 June 2025, par. 3. Summit archive, ${URL_A}#p3. Accessed 24 Nov. 2026.`,
    );
  });
});

describe('BibLaTeX and CSL-JSON', () => {
  it('BibLaTeX entry with a stable key, braced names and escaped values', () => {
    const { bibtex } = cite('international-voices', 'zh-hans', { paragraph: { id: 's2-p1', number: 9 } });
    expect(bibtex).toMatch(/^@article\{international_voices_2025_s2_p1,\n/);
    expect(bibtex).toContain('  author = {{张伟} and {王雅楠} and {杜鹃}},');
    expect(bibtex).toContain('  date = {2025-06-19},');
    expect(bibtex).toContain('  note = {第9段},');
    expect(bibtex.trim().endsWith('}')).toBe(true);
  });

  it('CSL-JSON newspaper article with issued date, literal authors and locator', () => {
    const { csl } = cite('harmony-and-unity', 'zh-hk', { paragraph: { id: 'p1', number: 1 }, accessed: '2026-11-24' });
    expect(csl).toMatchObject({
      id: 'harmony_and_unity_2025_p1',
      type: 'article-newspaper',
      'container-title': '人民日報',
      issued: { 'date-parts': [[2025, 6, 19]] },
      accessed: { 'date-parts': [[2026, 11, 24]] },
      URL: 'https://archive.example/zh-hk/reports/harmony-and-unity/#p1',
      language: 'zh-Hant-HK',
      locator: '第1段',
    });
    expect(csl.author).toEqual([{ literal: '郝薇薇' }, { literal: '楊依軍' }, { literal: '杜尚澤' }, { literal: '孟祥麟' }]);
  });
});
