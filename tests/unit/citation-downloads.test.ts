/**
 * The citation downloads, written from the one record, read back by the tools researchers use: pybtex's classic
 * plain style (strict: any warning fails), biber's data-model validation, bibutils' RIS reader.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { biblatex, bibtex, escapeLatex } from '../../src/lib/cite/bibtex.ts';
import { downloadRecord } from '../../src/lib/cite/page-citations.ts';
import { ris } from '../../src/lib/cite/ris.ts';
import { getLocale } from '../../src/lib/i18n/locales.ts';
import { localizeReport } from '../../src/lib/text/localize.ts';
import { biberValidate, pybtexPlain, risToMods } from '../support/bib-tools.ts';
import { report } from './helpers.ts';

const SITE = new URL('https://archive.test/mirror_1/');
const EDITION = { id: '0123456789ab', date: '2026-11-27', changes: [] };
/** `site: null` builds as without ARCHIVE_SITE_URL. */
const record = (slug: string, code = 'zh-hans', site: URL | null = SITE) => {
  const locale = getLocale(code);
  const r = report(slug);
  return downloadRecord(localizeReport(slug, r.data, r.parsed, locale), locale, site ?? undefined, EDITION);
};
const A = 'harmony-and-unity';
const B = 'international-voices';

beforeAll(() => {
  for (const code of ['zh-hans', 'zh-tw']) for (const slug of [A, B]) record(slug, code);
}, 60_000);

describe('BibTeX (classic styles)', () => {
  it('pybtex’s plain style formats both reports without a warning, CJK intact (sorted by author)', () => {
    const bib = bibtex(record(A)) + bibtex(record(B, 'zh-tw'));
    const { entries, fields } = pybtexPlain(bib);
    expect(entries).toEqual([
      '張偉, 王雅楠, and 杜鵑. [多國人士談習近平主席出席第二屆中國—中亞峰會]. 新華社, 北京, June 2025. 第二屆中國—中亞峰會報導檔案, 檔案版本 0123456789ab (2026-11-27). URL: https://archive.test/mirror_1/zh-tw/reports/international-voices/.',
      '郝薇薇, 杨依军, 杜尚泽, and 孟祥麟. “和睦与团结就是幸福与财富”——习近平主席赴哈萨克斯坦阿斯塔纳出席第二届中国—中亚峰会纪实. 人民日报, June 2025. 第二届中国—中亚峰会报道档案, 档案版本 0123456789ab (2026-11-27). URL: https://archive.test/mirror_1/zh-hans/reports/harmony-and-unity/.',
    ]);
    expect(fields['harmony-and-unity-2025']).toMatchObject({ journal: '人民日报', year: '2025', month: 'June' });
    expect(fields['international-voices-2025']).toMatchObject({ howpublished: '新華社, 北京' });
  });

  it('writes the entry types and fields classic styles know (no journaltitle, date or howpublished on @article)', () => {
    expect(bibtex(record(A))).toMatch(/^@article\{harmony-and-unity-2025,\n/);
    expect(bibtex(record(A))).toContain('  month = jun,\n');
    expect(bibtex(record(A))).not.toMatch(/journaltitle|howpublished|\bdate =/);
    expect(bibtex(record(B))).toMatch(/^@misc\{international-voices-2025,\n/);
  });

  it('escapes LaTeX’s special characters in values, so none can break an entry', () => {
    expect(escapeLatex('50% & {x}_#1 ~ ^ \\')).toBe('50\\% \\& \\{x\\}\\_\\#1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
  });
});

describe('BibLaTeX (biber)', () => {
  it('passes biber --validate-datamodel for both reports and every script', () => {
    const bib = [A, B].flatMap((slug) =>
      ['zh-hans', 'zh-tw'].map((code) => biblatex(record(slug, code)).replace(/\{([a-z-]+-2025),/, `{$1-${code},`)),
    );
    expect(biberValidate(bib.join('\n'))).toEqual([]);
  }, 60_000);

  it('@article with journaltitle and date for the newspaper; @online with organization for the agency', () => {
    expect(biblatex(record(A))).toContain('  journaltitle = {人民日报},\n  date = {2025-06-19},\n');
    expect(biblatex(record(B))).toMatch(/^@online\{international-voices-2025,\n[\s\S]*  organization = \{新华社\},/);
  });

  it('without a site URL the entry has no url and is a @misc (for @online a URL is mandatory), still valid', () => {
    const bib = biblatex(record(B, 'zh-hans', null));
    expect(bib).not.toContain('url =');
    expect(bib).toMatch(/^@misc\{/);
    expect(biberValidate(bib)).toEqual([]);
  }, 60_000);
});

describe('RIS', () => {
  it('bibutils reads the newspaper article with every author, its date, newspaper and URL', () => {
    const mods = risToMods(ris(record(A)));
    expect([...mods.matchAll(/<namePart>([^<]+)<\/namePart>/g)].map((m) => m[1])).toEqual(['郝薇薇', '杨依军', '杜尚泽', '孟祥麟']);
    expect(mods).toContain('<dateIssued>2025-06-19</dateIssued>');
    expect(mods).toContain('<genre authority="marcgt">newspaper</genre>');
    expect(mods).toContain('人民日报');
    expect(mods).toContain('<url>https://archive.test/mirror_1/zh-hans/reports/harmony-and-unity/</url>');
  });

  it('the agency’s web document: publisher and place, CRLF lines, closed by ER', () => {
    const text = ris(record(B));
    expect(text.split('\r\n').slice(0, 4)).toEqual(['TY  - ELEC', 'AU  - 张伟', 'AU  - 王雅楠', 'AU  - 杜鹃']);
    expect(text).toContain('PB  - 新华社\r\nCY  - 北京\r\n');
    expect(text.endsWith('ER  - \r\n')).toBe(true);
    const mods = risToMods(text);
    expect(mods).toContain('<publisher>新华社</publisher>');
    expect(mods).toContain('<placeTerm type="text">北京</placeTerm>');
  });
});
