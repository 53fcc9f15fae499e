/**
 * Tests only: the search conversion chains restricted to the archive. They show that restricting OpenCC's
 * dictionaries to the entries that can apply to the archive loses nothing (the restricted chain converts every
 * archive string exactly as convert.ts does), and they give the fold table computed from the full chain that
 * src/lib/search/script-table.ts's archiveFold must equal.
 */
import HKVariants from 'opencc-js/dict/HKVariants';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesRegional from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import type { Dict } from '../../src/lib/search/fold.ts';
import type { ConversionTarget } from '../../src/lib/i18n/locales.ts';
import { OVERRIDES, overridePattern } from '../../src/lib/i18n/overrides.ts';
import { chars, foldTable, merge, restrict } from '../../src/lib/search/script-table.ts';
import { type ConversionSpec, convertByDict, segment } from './lite-convert.ts';

/** The tables for one locale: folding, any Traditional input → Simplified, and Simplified → the page's script. */
export interface SearchTable {
  /** Character → representative of its script-equivalence class (Simplified when the archive has one). */
  fold: Dict;
  /** Any Traditional input → Simplified. */
  toSimplified: ConversionSpec;
  /** Simplified → the page's script; absent on Simplified pages. */
  toTarget?: ConversionSpec;
}

/** Every substring of the texts up to `max` UTF-16 units long. */
function substrings(texts: readonly string[], max: number): Set<string> {
  const out = new Set<string>();
  for (const t of texts) for (let i = 0; i < t.length; i++) for (let n = 1; n <= max && i + n <= t.length; n++) out.add(t.slice(i, i + n));
  return out;
}

function maxLen(map: Map<string, string>): number {
  let m = 0;
  for (const k of map.keys()) m = Math.max(m, k.length);
  return m;
}

/**
 * Restrict a conversion chain to the entries that can match in `texts`: each stage keeps the keys that
 * occur in what reaches that stage (a superset of what longest match can use, so output is unchanged).
 */
function restrictChain(
  texts: readonly string[],
  segmentKeys: Map<string, string>,
  stages: Map<string, string>[],
  extra: (k: string, v: string) => boolean = () => false,
) {
  const seen = substrings(texts, maxLen(segmentKeys));
  const segments = Object.keys(restrict(segmentKeys, (k) => seen.has(k)));
  const keySet = new Set(segments);
  let parts = texts.flatMap((t) => segment(t, keySet));
  const out: Dict[] = [];
  for (const stage of stages) {
    const present = substrings(parts, maxLen(stage));
    const dict = restrict(stage, (k, v) => present.has(k) || extra(k, v));
    out.push(dict);
    parts = parts.map((p) => convertByDict(p, dict));
  }
  return { segments, stages: out };
}

/** Simplified → Taiwan or Hong Kong, as convert.ts does it (OpenCC s2tw / s2hk, overrides, corner quotes). */
export function targetSpec(simplified: readonly string[], target: ConversionTarget): ConversionSpec {
  const variants = target === 'tw' ? merge(TWVariantsPhrases, TWVariants) : merge(HKVariantsPhrases, HKVariants);
  const { segments, stages } = restrictChain(simplified, merge(STPhrases, STPhrasesRegional), [
    merge(STPhrases, STPhrasesRegional, STCharacters),
    variants,
  ]);
  return { segments, stages, overrides: OVERRIDES[target].map((o) => [overridePattern(o), o.right]), cornerQuotes: true };
}

/**
 * Any Traditional input → Simplified (OpenCC tw2s and hk2s merged). Keeps the entries that apply to the
 * archive's Traditional texts, and single characters whose Simplified form occurs in the archive (so a
 * reader's own variant, 爲 for 为, still finds the text).
 */
export function simplifiedSpec(traditional: readonly string[], archiveChars: ReadonlySet<string>): ConversionSpec {
  const single = (k: string, v: string) => [...k].length === 1 && archiveChars.has(v);
  const { segments, stages } = restrictChain(
    traditional,
    merge(TSPhrases),
    [merge(TWVariantsRevPhrases, TWVariantsRev, HKVariantsRevPhrases, HKVariantsRev), merge(TSPhrases, TSCharacters)],
    single,
  );
  return { segments, stages, overrides: [], cornerQuotes: false };
}

/** The search page's table for one locale (target undefined: the Simplified locale). */
export function searchTable(
  simplified: readonly string[],
  convert: (text: string, target: ConversionTarget) => string,
  target?: ConversionTarget,
): SearchTable {
  const tw = simplified.map((t) => convert(t, 'tw'));
  const hk = simplified.map((t) => convert(t, 'hk'));
  const archiveChars = chars(simplified, tw, hk);
  const toSimplified = simplifiedSpec([...tw, ...hk], archiveChars);
  const fold = foldTable(simplified, [tw, hk], toSimplified.stages);
  return { fold, toSimplified, ...(target ? { toTarget: targetSpec(simplified, target) } : {}) };
}
