import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { regionsShareStages, traditionalPair } from '../../src/lib/i18n/traditional-pair.ts';
import { archive } from './helpers.ts';

/** Every string the archive converts: headlines, section titles and each whole paragraph of every report. */
const texts = archive.reports.flatMap((r) => [
  typeof r.data.headline === 'string' ? r.data.headline : r.data.headline.text,
  ...r.parsed.lede.map((b) => b.text),
  ...r.parsed.sections.flatMap((s) => [s.title, ...s.blocks.map((b) => b.text)]),
]);

describe('Taiwan and Hong Kong conversion in one pass', () => {
  const pair = traditionalPair();
  const own = { tw: OpenCC.Converter({ from: 'cn', to: 'tw' }), hk: OpenCC.Converter({ from: 'cn', to: 'hk' }) };

  it('runs the shared stages once (opencc-js 1.4 shares all but the variant tables)', () => {
    expect(regionsShareStages()).toBe(true);
  });

  it('gives, for every string of the archive, what opencc-js gives for each region on its own', () => {
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      const both = pair(text);
      expect(both.tw, text).toBe(own.tw(text));
      expect(both.hk, text).toBe(own.hk(text));
    }
  });

  it('keeps the regions apart where their tables differ, and normalizes compatibility ideographs first', () => {
    // 台 → 臺 in Taiwan, 台 in Hong Kong; 綫/線 and 着/著 differ between the regions' variant tables.
    for (const text of ['台湾线路着手', '上合组织峰会在阿斯塔纳举行', '\uF900'])
      expect(pair(text)).toEqual({ tw: own.tw(text), hk: own.hk(text) });
    expect(pair('台').tw).not.toBe(pair('台').hk);
  });
});
