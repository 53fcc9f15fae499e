import { describe, expect, it } from 'vitest';
import { decodeFragment, highlightRequest, MAX_HIGHLIGHT_TERMS } from '../../src/lib/search/highlight-request.ts';

describe('what a result link asks the article page to highlight', () => {
  it('reads the paragraph from the fragment and the words from hl', () => {
    expect(highlightRequest('?hl=%E8%BF%9E%E4%BA%91%E6%B8%AF&hl=%E6%B8%AF', '#s2-p5')).toEqual({
      paragraphId: 's2-p5',
      terms: ['连云港', '港'],
    });
    expect(highlightRequest('?hl=x', '#p3')?.paragraphId).toBe('p3');
  });
  it('ignores fragments that are not valid percent-encoding, without an error', () => {
    for (const hash of ['#%', '#%E0%A4%A', '#%ED%A0%80', '#%zz', '#s2-p5%']) {
      expect(() => highlightRequest('?hl=峰会', hash)).not.toThrow();
      expect(highlightRequest('?hl=峰会', hash)).toBeNull();
    }
    expect(decodeFragment('#%ED%A0%80')).toBeNull();
  });
  it('ignores fragments that cannot be a paragraph', () => {
    for (const hash of ['', '#', '#s2', '#main', '#p', '#s2-p5x', '#<img>', `#p${'9'.repeat(50)}`])
      expect(highlightRequest('?hl=峰会', hash)).toBeNull();
  });
  it('ignores malformed, empty, huge and control-laden hl values', () => {
    expect(highlightRequest('?hl=%E0%A4%A&hl=&hl=%20&hl=a%00b&hl=' + 'x'.repeat(201), '#p1')).toBeNull();
    expect(highlightRequest('?hl=%E0%A4%A&hl=%E5%B3%B0', '#p1')?.terms).toEqual(['峰']);
  });
  it('removes bidi controls from the words and keeps at most eight distinct ones', () => {
    const many = Array.from({ length: 12 }, (_, i) => `hl=w${i}`).join('&');
    expect(highlightRequest(`?${many}&hl=w0`, '#p1')?.terms).toHaveLength(MAX_HIGHLIGHT_TERMS);
    expect(highlightRequest('?hl=%E2%80%AE%E5%B3%B0%E4%BC%9A', '#p1')?.terms).toEqual(['峰会']);
  });
});
