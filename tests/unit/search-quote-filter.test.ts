import { describe, expect, it } from 'vitest';
import { ANY_QUOTE, passesQuoteFilter, quoteFilterData, reportSlugOf } from '../../src/lib/search/quote-filter.ts';

const quotes = [
  { quote: { report: 'a', paragraph: 'p2', speaker: 'xi' }, speakerName: '习近平' },
  { quote: { report: 'a', paragraph: 'p2', speaker: 'tokayev' }, speakerName: '托卡耶夫' },
  { quote: { report: 'a', paragraph: 's1-p3', speaker: 'xi' }, speakerName: '习近平' },
  { quote: { report: 'b', paragraph: 'p2', speaker: 'batalov' }, speakerName: '巴塔洛夫' },
];

describe('narrowing search to quotations', () => {
  const data = quoteFilterData(quotes, '引语', '所有引语');

  it('lists speakers once, in the order they are first quoted, and who is quoted in each paragraph', () => {
    expect(data.speakers).toEqual([
      ['xi', '习近平'],
      ['tokayev', '托卡耶夫'],
      ['batalov', '巴塔洛夫'],
    ]);
    expect(data.paragraphs).toEqual({ 'a#p2': ['xi', 'tokayev'], 'a#s1-p3': ['xi'], 'b#p2': ['batalov'] });
  });

  it('keeps every paragraph without a choice, quoted ones for any quotation, and the speaker’s own for a speaker', () => {
    expect(passesQuoteFilter(data, '', 'a', 'p9')).toBe(true);
    expect(passesQuoteFilter(data, ANY_QUOTE, 'a', 'p9')).toBe(false);
    expect(passesQuoteFilter(data, ANY_QUOTE, 'b', 'p2')).toBe(true);
    expect(passesQuoteFilter(data, 'xi', 'a', 's1-p3')).toBe(true);
    expect(passesQuoteFilter(data, 'xi', 'b', 'p2')).toBe(false);
    // The same paragraph id in another report is another paragraph.
    expect(passesQuoteFilter(data, 'tokayev', 'b', 'p2')).toBe(false);
    expect(passesQuoteFilter(data, 'xi', undefined, 'p2')).toBe(false);
  });

  it('reads the report slug from site-root and relative page URLs', () => {
    expect(reportSlugOf('/zh-hans/reports/harmony-and-unity/')).toBe('harmony-and-unity');
    expect(reportSlugOf('../reports/international-voices/#p2')).toBe('international-voices');
    expect(reportSlugOf('/zh-hans/about/')).toBeUndefined();
  });
});
