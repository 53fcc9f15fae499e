import { describe, expect, it } from 'vitest';
import { REPORT_FILTER_MAX, filterChoices, pageFilters, reportMonth } from '../../src/lib/search/page-filters.ts';

const quotes = { label: '引语', anyLabel: '所有引语', speakers: [], paragraphs: {} };
const labels = {
  report: '报道',
  month: '刊发月份',
  monthName: (m: string) =>
    new Intl.DateTimeFormat('zh-Hans', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${m}-01T00:00:00Z`)),
  outlet: '刊发媒体',
  outletNames: { xinhua: '新华社', 'peoples-daily': '人民日报' },
};
/** n reports, one a day from 2025-01-30 on (so they span months), alternately by one outlet. */
const reports = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2025, 0, 30 + i)).toISOString().slice(0, 10);
    return { slug: `r-${i}`, headline: `报道${i}`, outlets: [i % 2 ? 'xinhua' : 'peoples-daily'], published: `${day}T09:00:00+08:00` };
  });

describe('search page filters', () => {
  it('lists every report in archive order while the archive is small', () => {
    const filters = pageFilters(reports(3), labels, quotes);
    expect(filters.map((f) => f.name)).toEqual(['report', 'outlet', 'quote']);
    expect(filters[0]!.options).toEqual([
      ['r-0', '报道0'],
      ['r-1', '报道1'],
      ['r-2', '报道2'],
    ]);
    expect(filters[1]!.options).toEqual([
      ['xinhua', '新华社'],
      ['peoples-daily', '人民日报'],
    ]);
  });

  it('offers the months of publication instead of the reports beyond REPORT_FILTER_MAX, named in the page’s language', () => {
    expect(pageFilters(reports(REPORT_FILTER_MAX), labels, quotes)[0]!.name).toBe('report');
    const filters = pageFilters(reports(REPORT_FILTER_MAX + 1), labels, quotes);
    expect(filters.map((f) => f.name)).toEqual(['month', 'outlet', 'quote']);
    const month = filters[0]!;
    expect(month).toMatchObject({ label: '刊发月份', pagefind: true });
    // 101 days from 30 January 2025: January to May, oldest first.
    expect(month.options).toEqual([
      ['2025-01', '2025年1月'],
      ['2025-02', '2025年2月'],
      ['2025-03', '2025年3月'],
      ['2025-04', '2025年4月'],
      ['2025-05', '2025年5月'],
    ]);
    // Only what the page offers may come from the URL: no report slugs any more.
    expect(filterChoices(filters)).toMatchObject({ month: ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05'] });
    expect(filterChoices(filters)['report']).toBeUndefined();
  });

  it('takes a report’s month in the publisher’s own time zone and refuses a date it cannot read', () => {
    // Midnight in Beijing on 1 July is still June in UTC: the filter says July, as the report's dateline does.
    expect(reportMonth('2025-07-01T00:00:00+08:00')).toBe('2025-07');
    expect(reportMonth('2025-06-19')).toBe('2025-06');
    expect(() => reportMonth('19 June 2025')).toThrow(/YYYY-MM-DD/);
  });
});
