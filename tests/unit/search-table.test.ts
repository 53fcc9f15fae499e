import { describe, expect, it } from 'vitest';
import { convertText } from '../../src/lib/i18n/convert.ts';
import { converterFor, folder } from '../../src/lib/search/lite-convert.ts';
import { normalize } from '../../src/lib/search/normalize.ts';
import { archiveStrings, searchTable } from '../../src/lib/search/script-table.ts';
import { archive } from './helpers.ts';

const simplified = archiveStrings(archive.reports.map((r) => ({ headline: r.data.headline.text, body: r.parsed })));
const tables = { tw: searchTable(simplified, convertText, 'tw'), hk: searchTable(simplified, convertText, 'hk') };

describe('the search conversion table', () => {
  for (const target of ['tw', 'hk'] as const) {
    it(`converts every archive string to ${target} exactly as convert.ts does`, () => {
      const convert = converterFor(tables[target].toTarget!);
      for (const text of simplified) expect(convert(text)).toBe(convertText(text, target));
    });

    it(`folds every ${target} string to the same characters as its Simplified original`, () => {
      const fold = folder(tables[target].fold);
      for (const text of simplified) expect(normalize(convertText(text, target), fold)).toBe(normalize(text, fold));
    });

    it(`brings every ${target} string back to Simplified for the index query`, () => {
      const toS = converterFor(tables[target].toSimplified);
      const fold = folder(tables[target].fold);
      for (const text of simplified) expect(normalize(toS(convertText(text, target)), fold)).toBe(normalize(text, fold));
    });
  }

  it('is small: a few kilobytes, not all of OpenCC', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(tables.hk)).length;
    expect(bytes).toBeLessThan(60_000);
  });

  it('folds Taiwan and Hong Kong forms of a word together (裡/裏, 着/著)', () => {
    const fold = folder(tables.tw.fold);
    expect(normalize('裡', fold)).toBe(normalize('裏', fold));
  });
});
