import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isGzip, parseRecord, passesFilters, recordParagraphs, recordUrl } from '../../src/lib/search/page-records.ts';

const record = {
  url: '/zh-hans/reports/summit/',
  content: '…',
  meta: { title: '峰会报道' },
  filters: { outlet: ['xinhua'], report: ['summit'] },
  anchors: [
    { element: 'p', id: 'p1', text: '导语段落。', location: 0 },
    { element: 'h2', id: 's1', text: '第一节', location: 5 },
    { element: 'p', id: 's1-p1', text: '第一节的段落。', location: 8 },
    { element: 'p', id: 'note', text: '不是段落编号。', location: 12 },
    { element: 'h3', id: 'x', text: '小标题', location: 14 },
  ],
};
const bytes = (text: string) => new TextEncoder().encode(text);

describe('Pagefind page records read by the search page', () => {
  it('reads a record from its unpacked bytes, and knows gzip from unpacked bytes', () => {
    const file = bytes(`pagefind_dcd${JSON.stringify(record)}`);
    expect(parseRecord(file, 'fragment/zh-hans_1.pf_fragment')).toMatchObject({ url: record.url, meta: record.meta });
    expect(isGzip(gzipSync(file))).toBe(true);
    expect(isGzip(file)).toBe(false);
  });
  it('names the file and the fix when the bytes are not a record', () => {
    expect(() => parseRecord(bytes('{"url":"/x/"}'), 'fragment/zh-hans_2.pf_fragment')).toThrow(
      /fragment\/zh-hans_2\.pf_fragment: not a Pagefind record .*rebuild/,
    );
    expect(() => parseRecord(bytes('pagefind_dcd{"content":""}'), 'fragment/zh-hans_3.pf_fragment')).toThrow(
      /zh-hans_3\.pf_fragment: a Pagefind record without "url" or "anchors"/,
    );
  });
  it('puts the record’s URL under the archive root as Pagefind’s baseUrl does, wherever the archive is served', () => {
    expect(recordUrl('/zh-hans/reports/summit/', '/')).toBe('/zh-hans/reports/summit/');
    expect(recordUrl('/zh-hans/reports/summit/', '/mirror/archive/')).toBe('/mirror/archive/zh-hans/reports/summit/');
    expect(recordUrl('https://example.org/x/', '/mirror/')).toBe('https://example.org/x/');
  });
  it('applies Pagefind’s filters to the record’s own filter values: every chosen filter must hold', () => {
    expect(passesFilters(record, {})).toBe(true);
    expect(passesFilters(record, { outlet: ['xinhua'] })).toBe(true);
    expect(passesFilters(record, { outlet: ['xinhua'], report: ['other'] })).toBe(false);
    expect(passesFilters({}, { outlet: ['xinhua'] })).toBe(false);
  });
  it('lists the numbered paragraphs in reading order with their section (the lede’s label before the first heading)', () => {
    expect(recordParagraphs(record, '导语', {}, '')).toEqual([
      { url: record.url, pageTitle: '峰会报道', id: 'p1', sectionTitle: '导语', text: '导语段落。' },
      { url: record.url, pageTitle: '峰会报道', id: 's1-p1', sectionTitle: '第一节', text: '第一节的段落。' },
    ]);
  });
  it('keeps only the paragraphs that pass the quotation filter', () => {
    const quotes = { 'summit#s1-p1': ['tokayev'] };
    expect(recordParagraphs(record, '导语', quotes, 'any').map((p) => p.id)).toEqual(['s1-p1']);
    expect(recordParagraphs(record, '导语', quotes, 'someone-else')).toEqual([]);
  });
});
