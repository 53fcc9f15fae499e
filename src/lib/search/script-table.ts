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

/** The distinct characters of some texts, read in place (an archive of 10,000 reports has 90 million characters). */
export function chars(...textLists: (readonly string[])[]): Set<string> {
  const found = new Set<string>();
  for (const texts of textLists) for (const text of texts) for (const ch of text) found.add(ch);
  return found;
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
  for (const texts of converted) {
    texts.forEach((t, i) => {
      const s = [...simplified[i]!];
      const c = [...t];
      if (s.length !== c.length) return;
      s.forEach((ch, k) => ch !== c[k] && union(ch, c[k]!));
    });
  }
  for (const stage of toSimplifiedStages)
    for (const [k, v] of Object.entries(stage)) if ([...k].length === 1 && [...v].length === 1) union(k, v);
  const count = new Map<string, number>();
  for (const t of simplified) for (const ch of t) count.set(ch, (count.get(ch) ?? 0) + 1);
  const members = new Map<string, Set<string>>();
  for (const c of parent.keys()) {
    const r = find(c);
    if (!members.has(r)) members.set(r, new Set([r]));
    members.get(r)!.add(c);
  }
  const fold: Dict = {};
  for (const group of members.values()) {
    const rep = [...group].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || a.codePointAt(0)! - b.codePointAt(0)!)[0]!;
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
  const seen = new Map<string, number>();
  for (const text of pageTexts) for (const ch of text) seen.set(ch, (seen.get(ch) ?? 0) + 1);
  const counts = new Map<string, Map<string, number>>();
  for (const [ch, n] of seen) {
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
