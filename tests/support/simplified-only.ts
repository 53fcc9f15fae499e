/**
 * Tests only: which characters may not appear on a Traditional page.
 *
 * A character is "Simplified-only" for a target (tw, hk) when OpenCC converts
 * it on its own (cn→target changes it) AND OpenCC never writes it in that
 * target, in any context. The second condition matters: many characters are
 * both Simplified and Traditional (里 in 公里 and 里海, 于 as a surname, 台, 只,
 * 干, 面, 云, 周, 系 …) — OpenCC changes them alone but keeps them in some
 * phrases, so seeing them on a Traditional page is not by itself an error
 * (those cases are judged by the conversion review and the golden snapshots).
 * What OpenCC can write is found by converting every entry of its own
 * Simplified dictionaries (characters and phrases) to the target.
 */
import * as OpenCC from 'opencc-js';
import type { ConversionTarget } from '../../src/lib/i18n/locales.ts';
import { convertText } from '../../src/lib/i18n/convert.ts';
import { OVERRIDES } from '../../src/lib/i18n/overrides.ts';

const producible = new Map<ConversionTarget, Set<string>>();

/** The Simplified side of OpenCC's cn dictionaries (STPhrases, STCharacters). */
function simplifiedEntries(): string[] {
  return OpenCC.Locale.from
    .cn!.flat()
    .flatMap((dict) => (typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ')[0]!) : dict.map(([from]) => from)));
}

/** Every character OpenCC (with the archive's overrides) writes for a target. */
export function producibleCharacters(target: ConversionTarget): Set<string> {
  let set = producible.get(target);
  if (!set) {
    // The reviewed overrides write their forms too (脣, 祕 …), even where OpenCC's tables never do.
    set = new Set([...convertText(simplifiedEntries().join('\n'), target), ...OVERRIDES[target].flatMap((o) => [...o.right])]);
    producible.set(target, set);
  }
  return set;
}

const HAN = /\p{Script=Han}/u;

export function isSimplifiedOnly(char: string, target: ConversionTarget): boolean {
  return HAN.test(char) && convertText(char, target) !== char && !producibleCharacters(target).has(char);
}

/** The Simplified-only characters of a text, each with a little context, for error messages. */
export function simplifiedOnlyIn(text: string, target: ConversionTarget): string[] {
  const chars = [...text];
  return chars.flatMap((c, i) => (isSimplifiedOnly(c, target) ? [`${c} in “${chars.slice(Math.max(0, i - 6), i + 7).join('')}”`] : []));
}

/**
 * Latin words the Chinese interface uses on purpose — names of tools, file
 * formats and citation styles (GB/T 7714, APA, MLA), the Enter key and
 * JavaScript as Taiwan and Hong Kong write them — not untranslated English.
 */
export const ALLOWED_LATIN_IN_CHINESE: readonly string[] = [
  'OpenCC',
  'PDF',
  'BibTeX',
  'BibLaTeX',
  'RIS',
  'CSL',
  'JSON',
  'Zotero',
  'GB',
  'T',
  'APA',
  'MLA',
  'Chicago',
  'Enter',
  'JavaScript',
];
