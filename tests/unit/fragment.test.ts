import { describe, expect, it } from 'vitest';
import { withFragment } from '../../src/lib/url/fragment.ts';

describe('withFragment', () => {
  it('adds the fragment to a relative link', () => {
    expect(withFragment('../../../zh-tw/reports/harmony-and-unity/', '#s2-p5')).toBe('../../../zh-tw/reports/harmony-and-unity/#s2-p5');
  });
  it('replaces a fragment the link already carries', () => {
    expect(withFragment('../zh-hk/#p1', '#s1-p3')).toBe('../zh-hk/#s1-p3');
  });
  it('removes the fragment when the reader has none', () => {
    expect(withFragment('../en/#p1', '')).toBe('../en/');
  });
  it('accepts a fragment without its #', () => {
    expect(withFragment('./', 's3')).toBe('./#s3');
  });
});
