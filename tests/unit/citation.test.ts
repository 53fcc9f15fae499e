/**
 * Citations of both reports in every style, rendered by citeproc-js from the official CSL styles, compared with
 * strings written out by hand from the style guides (GB/T 7714-2015 §4.4 and 8.x for newspaper articles and
 * electronic resources; APA 7 §9.32/10.1 newspaper article and §10.16 webpage, §9.38 titles in another language;
 * MLA Handbook 9 §5 core elements with a second container; Chicago 18 §14.89 newspapers, §14.104 web content).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { withEnglishTitle } from '../../src/lib/cite/apa-translation.ts';
import { citationParts, citationString, paragraphAddress } from '../../src/lib/cite/marks.ts';
import { citationMetaTags } from '../../src/lib/cite/meta-tags.ts';
import { reportCitation } from '../../src/lib/cite/page-citations.ts';
import { renderCount } from '../../src/lib/cite/render.ts';
import { getLocale } from '../../src/lib/i18n/locales.ts';
import type { Edition } from '../../src/lib/publish/edition.ts';
import { localizeReport } from '../../src/lib/text/localize.ts';
import { report } from './helpers.ts';

const SITE = new URL('https://archive.test/mirror/');
const EDITION: Edition = { id: '0123456789ab', date: '2026-11-27', changes: [] };
const A = 'harmony-and-unity';
const B = 'international-voices';

/** `site: null` builds as without ARCHIVE_SITE_URL. */
function cite(slug: string, code = 'zh-hans', site: URL | null = SITE) {
  const locale = getLocale(code);
  const r = report(slug);
  return reportCitation(localizeReport(slug, r.data, r.parsed, locale), locale, site ?? undefined, EDITION);
}

// The first render loads citeproc, parses four styles and converts the reports to Traditional script.
beforeAll(async () => {
  for (const code of ['zh-hans', 'zh-tw', 'zh-hk']) for (const slug of [A, B]) await cite(slug, code);
}, 60_000);
const url = (slug: string, code = 'zh-hans') => `https://archive.test/mirror/${code}/reports/${slug}/`;
const full = async (slug: string, style: 'gbt7714' | 'apa' | 'mla' | 'chicago', code = 'zh-hans') =>
  citationString((await cite(slug, code)).rendered[style].entry, { url: url(slug, code), accessed: '2026-11-24' });

const TITLE_A = '“和睦与团结就是幸福与财富”——习近平主席赴哈萨克斯坦阿斯塔纳出席第二届中国—中亚峰会纪实';
const TITLE_A_EN =
  '“Harmony and unity are happiness and wealth”: President Xi Jinping’s journey to Astana, Kazakhstan, for the second China–Central Asia Summit';
const TITLE_B = '[多国人士谈习近平主席出席第二届中国—中亚峰会]';
const TITLE_B_EN = 'People from many countries on President Xi Jinping’s attendance at the second China–Central Asia Summit';
const ARCHIVE = '第二届中国—中亚峰会报道档案';

describe('GB/T 7714-2015 (numeric, reference form)', () => {
  it('report A: a newspaper article consulted online [N/OL], first three authors then 等, access date in [ ]', async () => {
    expect(await full(A, 'gbt7714')).toBe(`郝薇薇, 杨依军, 杜尚泽, 等. ${TITLE_A}[N/OL]. 人民日报, 2025-06-19[2026-11-24]. ${url(A)}.`);
  });
  it('report B: a Xinhua web document [EB/OL], place: publisher, the archive’s own title in [ ]', async () => {
    expect(await full(B, 'gbt7714')).toBe(`张伟, 王雅楠, 杜鹃. ${TITLE_B}[EB/OL]. 北京: 新华社, 2025[2026-11-24]. ${url(B)}.`);
  });
  it('Traditional pages cite their own text, in their own script', async () => {
    expect(await full(A, 'gbt7714', 'zh-tw')).toBe(
      `郝薇薇, 楊依軍, 杜尚澤, 等. 「和睦與團結就是幸福與財富」——習近平主席赴哈薩克斯坦阿斯塔納出席第二屆中國—中亞峰會紀實[N/OL]. 人民日報, 2025-06-19[2026-11-24]. ${url(A, 'zh-tw')}.`,
    );
  });
});

describe('APA 7', () => {
  it('report A: all four authors with &, full date, title with its English translation in [ ], newspaper, URL', async () => {
    expect(await full(A, 'apa')).toBe(
      `郝薇薇, 杨依军, 杜尚泽, & 孟祥麟. (2025, June 19). ${TITLE_A} [${TITLE_A_EN}]. 人民日报. ${ARCHIVE}. ${url(A)}`,
    );
  });
  it('report B: no title in the source, so the description in [ ], then its English', async () => {
    expect(await full(B, 'apa')).toBe(`张伟, 王雅楠, & 杜鹃. (2025, June 19). ${TITLE_B} [${TITLE_B_EN}]. 新华社. ${ARCHIVE}. ${url(B)}`);
  });
  it('in-text citation with the paragraph as locator', async () => {
    const { inText } = (await cite(A)).rendered.apa;
    expect(citationString(inText!, { url: url(A), accessed: '', paragraph: 12 })).toBe('(郝薇薇 et al., 2025, para. 12)');
  });
  it('the translation step refuses an entry without the title, saying what changed', async () => {
    expect(withEnglishTitle('X. (2025). 标题. 报.', '标题', 'Title')).toBe('X. (2025). 标题 [Title]. 报.');
    expect(() => withEnglishTitle('X. (2025). 别的. 报.', '标题', 'Title')).toThrow(/does not contain the title/);
  });
});

describe('MLA 9', () => {
  it('report A: first author et al., quoted title (inner quotes single), newspaper, date, the archive as second container, URL', async () => {
    expect(await full(A, 'mla')).toBe(
      `郝薇薇, et al. “‘和睦与团结就是幸福与财富’——习近平主席赴哈萨克斯坦阿斯塔纳出席第二届中国—中亚峰会纪实.” 人民日报, 19 June 2025, ${ARCHIVE}, ${url(A)}.`,
    );
  });
  it('report B: the description unquoted, the agency as container', async () => {
    expect(await full(B, 'mla')).toBe(`张伟, et al. ${TITLE_B}. 新华社, 19 June 2025, ${ARCHIVE}, ${url(B)}.`);
  });
  it('in-text citation with par.', async () => {
    expect(citationString((await cite(B)).rendered.mla.inText!, { url: '', accessed: '', paragraph: 3 })).toBe('(张伟 et al., par. 3)');
  });
});

describe('Chicago 18, notes and bibliography', () => {
  it('report A bibliography entry: every author, month day, year', async () => {
    expect(await full(A, 'chicago')).toBe(
      `郝薇薇, 杨依军, 杜尚泽, and 孟祥麟. “‘和睦与团结就是幸福与财富’——习近平主席赴哈萨克斯坦阿斯塔纳出席第二届中国—中亚峰会纪实.” 人民日报, June 19, 2025. ${ARCHIVE}. ${url(A)}.`,
    );
  });
  it('report B note: first author et al. (three or more), the paragraph as locator, the paragraph’s address', async () => {
    const c = await cite(B);
    const address = paragraphAddress(c.address, 's2-p1');
    const note = citationParts(c.rendered.chicago.inText!, address, 9)
      .map((p) => (p.kind === 'text' ? p.text : p.kind === 'url' ? p.absolute : '?'))
      .join('');
    expect(note).toBe(`张伟 et al., “${TITLE_B},” 新华社, June 19, 2025, para. 9, ${ARCHIVE}, ${url(B)}#s2-p1.`);
  });
});

describe('one record, rendered once', () => {
  it('a report is rendered once per cited script, however many pages and paragraphs ask for it', async () => {
    await cite(A, 'zh-hk');
    const before = renderCount();
    for (let i = 0; i < 5; i++) await cite(A, 'zh-hk');
    expect(renderCount()).toBe(before);
  });

  it('English pages cite the Simplified original', async () => {
    const c = await cite(A, 'en');
    expect(c.cited.code).toBe('zh-hans');
    expect(c.record.URL).toBe(url(A));
  });

  it('record: the newspaper form for report A, the agency’s web document for report B, the archive as where it was consulted', async () => {
    expect((await cite(A)).record).toMatchObject({
      type: 'article-newspaper',
      'container-title': '人民日报',
      archive: ARCHIVE,
      language: 'zh-CN',
    });
    expect((await cite(A)).record).not.toHaveProperty('publisher');
    expect((await cite(B, 'zh-hk')).record).toMatchObject({
      type: 'webpage',
      publisher: '新華社',
      'publisher-place': '北京',
      language: 'zh-HK',
    });
    expect((await cite(B)).record.note).toBe('档案版本 0123456789ab (2026-11-27)');
  });

  it('without a site URL: no URL in the record, and the visible address is the page’s own link for the script to fill', async () => {
    const c = await cite(B, 'zh-hans', null);
    expect(c.record).not.toHaveProperty('URL');
    const parts = citationParts(c.rendered.gbt7714.entry, c.address);
    expect(parts.filter((p) => p.kind !== 'text')).toEqual([{ kind: 'accessed' }, { kind: 'url', href: `/zh-hans/reports/${B}/` }]);
  });
});

describe('reference-manager meta tags', () => {
  it('type the page for Zotero by DC.type, and never name a journal', async () => {
    const tags = citationMetaTags((await cite(A)).record);
    expect(tags).toContainEqual({ name: 'DC.type', content: 'newspaperArticle' });
    expect(tags).toContainEqual({ name: 'prism.publicationName', content: '人民日报' });
    expect(tags.filter((t) => t.name === 'citation_author').map((t) => t.content)).toEqual(['郝薇薇', '杨依军', '杜尚泽', '孟祥麟']);
    expect(tags).toContainEqual({ name: 'citation_publication_date', content: '2025/06/19' });
    expect(tags.map((t) => t.name)).not.toContain('citation_journal_title');
    expect(citationMetaTags((await cite(B)).record)).toContainEqual({ name: 'DC.type', content: 'webpage' });
  });
});
