import { describe, expect, it } from 'vitest';
import type { PageRecord } from '../../src/lib/search/page-records.ts';
import { type ReportText, recordInScript, recordReportSlug } from '../../src/lib/search/record-in-script.ts';

const record: PageRecord = {
  url: '/archive/zh-hans/reports/alpha/',
  meta: { title: '中亚峰会' },
  filters: { month: ['2025-06'] },
  anchors: [
    { element: 'p', id: 'p1', text: '导语' },
    { element: 'h2', id: 's1', text: '第一节' },
    { element: 'p', id: 's1-p1', text: '峰会举行' },
    { element: 'h3', id: 'note', text: '说明' },
  ],
};
const text: ReportText = {
  slug: 'alpha',
  headline: { 'zh-Hans': '中亚峰会', 'zh-Hant-HK': '中亞峯會' },
  sections: [{ id: 's1', number: 1, title: { 'zh-Hans': '第一节', 'zh-Hant-HK': '第一節' } }],
  paragraphs: [
    { id: 'p1', number: 1, kind: 'paragraph', section: null, text: { 'zh-Hans': '导语', 'zh-Hant-HK': '導語' } },
    { id: 's1-p1', number: 2, kind: 'paragraph', section: 's1', text: { 'zh-Hans': '峰会举行', 'zh-Hant-HK': '峯會舉行' } },
  ],
};
const swap = { fromLocale: 'zh-hans', toLocale: 'zh-hk', lang: 'zh-Hant-HK' };

describe('a Simplified record shown on a Traditional search page', () => {
  it('takes the page’s locale, headline, section titles and paragraphs by id; keeps filters and other anchors', () => {
    expect(recordInScript(record, text, swap)).toEqual({
      url: '/archive/zh-hk/reports/alpha/',
      meta: { title: '中亞峯會' },
      filters: { month: ['2025-06'] },
      anchors: [
        { element: 'p', id: 'p1', text: '導語' },
        { element: 'h2', id: 's1', text: '第一節' },
        { element: 'p', id: 's1-p1', text: '峯會舉行' },
        { element: 'h3', id: 'note', text: '说明' },
      ],
    });
  });

  it('reads the report slug from the indexed locale’s URL only', () => {
    expect(recordReportSlug(record, 'zh-hans')).toBe('alpha');
    expect(recordReportSlug({ url: '/zh-hans/search/' }, 'zh-hans')).toBeNull();
    expect(recordReportSlug(record, 'zh-tw')).toBeNull();
  });

  it('names the file and what is missing when the index and the text export disagree', () => {
    expect(() => recordInScript({ ...record, url: '/zh-hans/reports/beta/' }, text, swap)).toThrow(
      /not the zh-hans page of report "alpha"/,
    );
    expect(() => recordInScript(record, text, { ...swap, lang: 'zh-Hant-TW' })).toThrow(
      '/data/reports/alpha.json has no zh-Hant-TW text for its headline',
    );
    const lost = { ...text, paragraphs: text.paragraphs.slice(0, 1) };
    expect(() => recordInScript(record, lost, swap)).toThrow('/data/reports/alpha.json has no paragraph "s1-p1"');
  });
});
