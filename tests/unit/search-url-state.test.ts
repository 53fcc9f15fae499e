import { describe, expect, it } from 'vitest';
import { cleanQuery, MAX_QUERY_LENGTH, readSearchState, searchString, stripBidiControls } from '../../src/lib/search/url-state.ts';

const FILTERS = { report: ['harmony-and-unity', 'international-voices'], outlet: ['xinhua', 'peoples-daily'], quote: ['any', 'tokayev'] };

describe('reading the search URL', () => {
  it('reads the query and the page’s own filters', () => {
    const state = readSearchState('?q=%E5%B3%B0%E4%BC%9A&report=international-voices&quote=tokayev', FILTERS);
    expect(state.query).toBe('峰会');
    expect([...state.selected]).toEqual([
      ['report', 'international-voices'],
      ['quote', 'tokayev'],
    ]);
  });
  it('ignores tracking and other foreign parameters (they are not filters)', () => {
    for (const extra of ['utm_source=x', 'fbclid=IwAR0abc', 'ref=newsletter', 'hl=峰会', 'page=2'])
      expect([...readSearchState(`?q=峰会&${extra}`, FILTERS).selected]).toEqual([]);
  });
  it('ignores filter values the page does not offer, and empty ones', () => {
    expect([...readSearchState('?report=no-such-report&outlet=&quote=nobody', FILTERS).selected]).toEqual([]);
  });
  it('takes the first q when there are several', () => {
    expect(readSearchState('?q=甲&q=乙', FILTERS).query).toBe('甲');
  });
  it('writes the query and chosen filters back in the page’s order, nothing else', () => {
    const selected = new Map([
      ['quote', 'any'],
      ['report', 'harmony-and-unity'],
      ['utm_source', 'x'],
    ]);
    expect(searchString('连云港', selected, FILTERS)).toBe('?q=%E8%BF%9E%E4%BA%91%E6%B8%AF&report=harmony-and-unity&quote=any');
    expect(searchString('', new Map(), FILTERS)).toBe('');
  });
});

describe('cleaning a query', () => {
  it('removes bidirectional controls, which would reorder the sentence that shows the query back', () => {
    expect(stripBidiControls('\u202e会峰\u202c')).toBe('会峰');
    for (const c of [
      '\u061c',
      '\u200e',
      '\u200f',
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ])
      expect(cleanQuery(`峰${c}会`).query).toBe('峰会');
  });
  it('keeps ordinary text, joiners and Chinese punctuation', () => {
    expect(cleanQuery('  “兼相爱，交相利。” ').query).toBe('“兼相爱，交相利。”');
    expect(cleanQuery('a\u200db').query).toBe('a\u200db');
  });
  it(`cuts a query longer than ${MAX_QUERY_LENGTH} characters and says so`, () => {
    expect(cleanQuery('峰'.repeat(MAX_QUERY_LENGTH))).toEqual({ query: '峰'.repeat(MAX_QUERY_LENGTH), cut: false });
    const long = cleanQuery('峰会'.repeat(50_000));
    expect(long.cut).toBe(true);
    expect([...long.query]).toHaveLength(MAX_QUERY_LENGTH);
  });
  it('cuts by character, never splitting a character outside the BMP', () => {
    const cut = cleanQuery('𠀀'.repeat(MAX_QUERY_LENGTH + 5));
    expect(cut.cut).toBe(true);
    expect([...cut.query]).toEqual(Array(MAX_QUERY_LENGTH).fill('𠀀'));
  });
});
