/**
 * OpenCC's cn→tw and cn→hk are one pipeline that forks only at its last stage (opencc-js configs s2tw and s2hk):
 * the same normalization, the same phrase segmentation and the same Simplified→Traditional tables per segment, then
 * Taiwan's or Hong Kong's variant tables per segment. A build converts every paragraph for both regions; running
 * the shared stages once per paragraph saves most of the second conversion, and one set of tables instead of two.
 * Each region's result is opencc-js's own Converter's (tests/unit/traditional-pair.test.ts, on every paragraph of
 * the archive). Should a later opencc-js stop sharing those stages, this falls back to its two Converters.
 */
import * as OpenCC from 'opencc-js';
import type { ConversionTarget } from './locales.ts';

type Convert = (text: string) => string;
export type PairConverter = (text: string) => Record<ConversionTarget, string>;

/** opencc-js's preset config (its .d.ts omits the normalization chain the code has). */
interface Config {
  normalizationChain?: unknown[];
  segmentation: unknown;
  conversionChain: readonly unknown[];
}

/** Dictionary groups equal string by string (the preset shares the very strings between configs: a cheap check). */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return a === b;
}

function trie(group: unknown): OpenCC.Trie {
  const t = new OpenCC.Trie();
  t.loadDictGroup(group as OpenCC.DictGroup);
  return t;
}

function regionConfigs(): { tw: Config; hk: Config } {
  const configs = OpenCC.Locale.configs as unknown as Record<string, Config>;
  return { tw: configs.s2tw!, hk: configs.s2hk! };
}

/** Whether opencc-js's two configs still share every stage but the last (else the pair is two Converters). */
export function regionsShareStages(): boolean {
  const { tw, hk } = regionConfigs();
  return (
    tw.normalizationChain !== undefined &&
    same(tw.normalizationChain, hk.normalizationChain) &&
    same(tw.segmentation, hk.segmentation) &&
    tw.conversionChain.length === 2 &&
    hk.conversionChain.length === 2 &&
    same(tw.conversionChain[0], hk.conversionChain[0])
  );
}

export function traditionalPair(): PairConverter {
  const { tw, hk } = regionConfigs();
  if (!regionsShareStages()) {
    const separate: Record<ConversionTarget, Convert> = {
      tw: OpenCC.Converter({ from: 'cn', to: 'tw' }),
      hk: OpenCC.Converter({ from: 'cn', to: 'hk' }),
    };
    return (text) => ({ tw: separate.tw(text), hk: separate.hk(text) });
  }
  const normalize = OpenCC.ConverterFactory(...(tw.normalizationChain as OpenCC.DictGroup[]));
  // As opencc-js loads a segmentation dictionary: a list of dictionaries is a group, anything else one dictionary.
  const segmentation = new OpenCC.Trie();
  const seg = tw.segmentation;
  if (Array.isArray(seg) && seg.every((d) => typeof d === 'string')) segmentation.loadDictGroup(seg);
  else segmentation.loadDict(seg as OpenCC.DictLike);
  const toTraditional = trie(tw.conversionChain[0]);
  const variants = { tw: trie(tw.conversionChain[1]), hk: trie(hk.conversionChain[1]) };
  return (text) => {
    const segments = segmentation.segment(normalize(text)).map((s) => toTraditional.convert(s));
    return {
      tw: segments.map((s) => variants.tw.convert(s)).join(''),
      hk: segments.map((s) => variants.hk.convert(s)).join(''),
    };
  };
}
