/**
 * Build time: the search page's character folding table, restricted to the archive.
 * OpenCC's dictionaries (as opencc-js ships them, in the same stages as its
 * s2tw / s2hk / tw2s / hk2s configurations) are filtered to the entries that
 * touch the archive's characters, so the browser gets a few kilobytes instead
 * of all of opencc-js. (tests/support/search-table.ts builds the full restricted
 * conversion chains from the same dictionaries to prove the folding sound.)
 */
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import { type ReportBody, textBlocks } from '../text/blocks.ts';
import type { Dict } from './fold.ts';

/** A dictionary group as opencc-js merges it: the first dictionary that has a key wins. */
export function merge(...dicts: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of dicts) {
    for (const line of d.split('|')) {
      const [k, v] = line.split(' ');
      if (k && v !== undefined && !out.has(k)) out.set(k, v);
    }
  }
  return out;
}

/** A dictionary restricted to the entries `keep` accepts, in a stable key order. */
export function restrict(map: Map<string, string>, keep: (key: string, value: string) => boolean): Dict {
  const out: Dict = {};
  for (const [k, v] of [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (keep(k, v)) out[k] = v;
  return out;
}

/** A UTF-16 surrogate: half of a character beyond the Basic Multilingual Plane. */
const isSurrogate = (code: number) => (code & 0xf800) === 0xd800;

/**
 * How often each character occurs in some texts, and the order in which each first occurs. An archive of 10,000
 * reports has about 90 million characters, and the search pages' tables read them several times (34 s of that
 * build). Counting by code unit in a typed array, with the rare characters beyond the Basic Multilingual Plane in
 * a Map, and aligning texts by code unit (alignedPairs) took the tables of 52 million characters from 31 s to 3.5 s;
 * char-counts.test.ts checks both against the plain definitions.
 */
export class CharCounts {
  private readonly bmp = new Uint32Array(0x10000);
  private readonly astral = new Map<string, number>();
  /** Each character once, in order of first occurrence: a BMP character by its code unit, any other as a string. */
  private readonly order: (number | string)[] = [];

  constructor(...textLists: (readonly string[])[]) {
    for (const texts of textLists) for (const text of texts) this.add(text);
  }

  private add(text: string): void {
    const { bmp, order } = this;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (isSurrogate(code)) return this.addFrom(text, i);
      const n = bmp[code]!;
      bmp[code] = n + 1;
      if (n === 0) order.push(code);
    }
  }

  /** The rest of a text from a surrogate on, character by character. */
  private addFrom(text: string, start: number): void {
    for (const ch of text.slice(start)) {
      if (ch.length === 1) {
        const code = ch.charCodeAt(0);
        const n = this.bmp[code]!;
        this.bmp[code] = n + 1;
        if (n === 0) this.order.push(code);
      } else {
        const n = this.astral.get(ch) ?? 0;
        if (n === 0) this.order.push(ch);
        this.astral.set(ch, n + 1);
      }
    }
  }

  count(ch: string): number {
    return ch.length === 1 ? this.bmp[ch.charCodeAt(0)]! : (this.astral.get(ch) ?? 0);
  }

  /** Every character with its count, in order of first occurrence. */
  *entries(): IterableIterator<[string, number]> {
    for (const c of this.order) {
      const ch = typeof c === 'number' ? String.fromCharCode(c) : c;
      yield [ch, this.count(ch)];
    }
  }
}

/** The distinct characters of some texts, in order of first occurrence. */
export function chars(...textLists: (readonly string[])[]): Set<string> {
  return new Set([...new CharCounts(...textLists).entries()].map(([ch]) => ch));
}

/**
 * The pairs of characters that differ where a text and its conversion are aligned character by character (texts
 * whose conversion changed their length in characters are skipped: they cannot be aligned), each pair once.
 */
export function alignedPairs(originals: readonly string[], converted: readonly string[]): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  // A character nearly always converts one way: the last form seen for each code unit skips the Map for repeats.
  const lastForm = new Int32Array(0x10000).fill(-1);
  const add = (a: string, b: string) => pairs.set(`${a}\u0000${b}`, [a, b]);
  converted.forEach((c, i) => {
    const s = originals[i]!;
    if (s === c) return;
    // The common case: the same length in code units, none of them a surrogate.
    if (s.length === c.length) {
      // Pairs new to lastForm, kept until the whole text is known to align by code unit.
      const fresh: number[] = [];
      let k = 0;
      for (; k < s.length; k++) {
        const a = s.charCodeAt(k);
        const b = c.charCodeAt(k);
        if (isSurrogate(a) || isSurrogate(b)) break;
        if (a !== b && lastForm[a] !== b) {
          lastForm[a] = b;
          fresh.push(a, b);
        }
      }
      if (k === s.length) {
        for (let j = 0; j < fresh.length; j += 2) add(String.fromCharCode(fresh[j]!), String.fromCharCode(fresh[j + 1]!));
        return;
      }
      // A surrogate: the text may not align by character at all, so nothing of it is taken here.
      for (let j = 0; j < fresh.length; j += 2) lastForm[fresh[j]!] = -1;
    }
    const sc = [...s];
    const cc = [...c];
    if (sc.length !== cc.length) return;
    sc.forEach((ch, k) => ch !== cc[k] && add(ch, cc[k]!));
  });
  return [...pairs.values()];
}

/**
 * Character folding so that a text and its conversions compare equal character by character: classes
 * join each Simplified character with the characters it becomes in every locale (aligned texts) and with
 * its single-character Traditional forms; each class is represented by its most frequent Simplified member.
 */
export function foldTable(
  simplified: readonly string[],
  converted: readonly (readonly string[])[],
  toSimplifiedStages: readonly Dict[],
): Dict {
  const parent = new Map<string, string>();
  const find = (c: string): string => {
    let p = parent.get(c) ?? c;
    if (p !== c) {
      p = find(p);
      parent.set(c, p);
    }
    return p;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const texts of converted) for (const [a, b] of alignedPairs(simplified, texts)) union(a, b);
  for (const stage of toSimplifiedStages)
    for (const [k, v] of Object.entries(stage)) if ([...k].length === 1 && [...v].length === 1) union(k, v);
  const counts = new CharCounts(simplified);
  const members = new Map<string, Set<string>>();
  for (const c of parent.keys()) {
    const r = find(c);
    if (!members.has(r)) members.set(r, new Set([r]));
    members.get(r)!.add(c);
  }
  const fold: Dict = {};
  for (const group of members.values()) {
    const rep = [...group].sort((a, b) => counts.count(b) - counts.count(a) || a.codePointAt(0)! - b.codePointAt(0)!)[0]!;
    for (const m of group) if (m !== rep) fold[m] = rep;
  }
  return Object.fromEntries(Object.entries(fold).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * The fold table for a whole archive, at a cost that grows with its distinct characters rather than its text:
 * the aligned texts (Simplified and both conversions, which the pages compute anyway) plus OpenCC's
 * single-character Traditional → Simplified entries that touch a character of the archive. This is all
 * `foldTable` takes from the full conversion chain, so the result is the same table.
 */
export function archiveFold(simplified: readonly string[], tw: readonly string[], hk: readonly string[]): Dict {
  const archiveChars = chars(simplified, tw, hk);
  const stages = [merge(TWVariantsRevPhrases, TWVariantsRev, HKVariantsRevPhrases, HKVariantsRev), merge(TSPhrases, TSCharacters)].map(
    (dict) => restrict(dict, (k, v) => [...k].length === 1 && [...v].length === 1 && (archiveChars.has(k) || archiveChars.has(v))),
  );
  return foldTable(simplified, [tw, hk], stages);
}

/** The Simplified strings the archive converts and searches: headlines and every section title and paragraph. */
export function archiveStrings(reports: readonly { headline: string; body: ReportBody }[]): string[] {
  return reports.flatMap((r) => [r.headline, ...textBlocks(r.body).map((b) => b.text), ...r.body.sections.map((s) => s.title)]);
}

/**
 * Representative → the form a page's own text uses most, for the characters that differ: what turns a folded
 * query back into the script of the page's Pagefind index (which does not convert between scripts). A few
 * representatives have two forms in one script (卷 → 卷 or 捲, by phrase), so this is a best guess per
 * character: good for choosing candidate pages, never for deciding a match.
 */
export function pageScriptMap(fold: Dict, pageTexts: readonly string[]): Dict {
  // Count each character once over all the text (a large archive's search page reads millions of them), then group
  // by representative: in first-occurrence order, as a tie between two forms is decided by the first seen.
  const counts = new Map<string, Map<string, number>>();
  for (const [ch, n] of new CharCounts(pageTexts).entries()) {
    const rep = fold[ch] ?? ch;
    const forms = counts.get(rep) ?? new Map<string, number>();
    forms.set(ch, n);
    counts.set(rep, forms);
  }
  const out: Dict = {};
  for (const [rep, forms] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [best] = [...forms].sort((a, b) => b[1] - a[1]);
    if (best && best[0] !== rep) out[rep] = best[0];
  }
  return out;
}
