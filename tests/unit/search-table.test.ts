import { describe, expect, it } from 'vitest';
import { convertText } from '../../src/lib/i18n/convert.ts';
import { folder } from '../../src/lib/search/fold.ts';
import { converterFor } from '../support/lite-convert.ts';
import { searchTable } from '../support/search-table.ts';
import { normalize } from '../../src/lib/search/normalize.ts';
import { archiveFold, archiveStrings, pageScriptMap } from '../../src/lib/search/script-table.ts';
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

  it('turns a folded query back into the script of a page’s own index, for any script typed', () => {
    for (const target of ['tw', 'hk'] as const) {
      const fold = folder(tables[target].fold);
      const pageTexts = simplified.map((t) => convertText(t, target));
      const toPage = pageScriptMap(tables[target].fold, pageTexts);
      const inPageScript = (q: string) => [...normalize(q, fold)].map((c) => toPage[c] ?? c).join('');
      // Typed in Simplified or in the other Traditional form, the archive's text comes back as the page writes
      // it, but for the rare character with two forms in one script (卷/捲): a best guess, checked below.
      let chars = 0;
      let wrong = 0;
      for (const [i, text] of simplified.entries()) {
        const expected = normalize(pageTexts[i]!);
        for (const typed of [text, convertText(text, target === 'tw' ? 'hk' : 'tw')]) {
          const got = inPageScript(typed);
          expect(got.length).toBe(expected.length);
          chars += got.length;
          for (let k = 0; k < got.length; k++) if (got[k] !== expected[k]) wrong++;
        }
      }
      expect(wrong / chars, `${target}: ${wrong} of ${chars} characters`).toBeLessThan(0.002);
    }
    // The Simplified page needs (almost) nothing: its text is the fold's representative.
    expect(Object.keys(pageScriptMap(tables.tw.fold, simplified)).length).toBeLessThan(10);
  });
});

describe('the archive-wide fold table', () => {
  it('folds like the full conversion chain, at a cost that does not grow with the text', () => {
    const tw = simplified.map((t) => convertText(t, 'tw'));
    const hk = simplified.map((t) => convertText(t, 'hk'));
    const fold = archiveFold(simplified, tw, hk);
    const full = tables.tw.fold;
    // Every folding of the full chain, and at most a few more of OpenCC's single-character forms (幺 → 么).
    for (const [from, to] of Object.entries(full)) expect(fold[from], from).toBe(to);
    expect(Object.keys(fold).length - Object.keys(full).length).toBeLessThan(5);
  });
});
