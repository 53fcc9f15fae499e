/**
 * Reviewed corrections to OpenCC's output, per region, at phrase level. Each
 * entry replaces a wrong converted phrase with the right one and says why.
 * Every entry is anchored to the phrase it is for: `notAfter` / `notBefore`
 * name the characters that, next to the phrase, show it is really part of
 * another word (这里 + 海关 is not the Caspian Sea), so the override cannot
 * fire there. tests/unit/overrides.test.ts shows each entry fixing its real
 * context in the reports and leaving its counter-examples alone.
 */
import type { ConversionTarget } from './locales.ts';

export interface Override {
  /** The phrase as OpenCC writes it (wrong). */
  wrong: string;
  /** The phrase as it should read. */
  right: string;
  /** Characters that, just before `wrong`, make it part of another word: the override does not fire there. */
  notAfter?: string;
  /** Characters that, just after `wrong`, make it part of another word: the override does not fire there. */
  notBefore?: string;
  /** Why, for reviewers, with the standard the right form rests on. */
  reason: string;
}

/** 里 closes these words (这里, 那里, 心里, 家里 …); a 里海 after them is 里 + 海…, not the Caspian Sea. */
const LI_ENDS_WORD = '這那哪心家夜手城村屋眼暗背';
/** 只 opens these words (只有 “only has”, 只是, 只能 …); 一只 before them is a classifier, not 一只只. */
const ZHI_STARTS_WORD = '有是能要會好在見得想需顧剩不管';

const CASPIAN = 'The Caspian Sea is 裏海 in Taiwan and Hong Kong usage (MOE dictionary headword 裏海).';
const HISTORY =
  'OpenCC segments X国历史 (两国/各国/五国/六国 …) as 国历 (calendar) + 史; the history of countries is 國歷史. 國曆 followed by anything but 史 (國曆新年) is left alone.';
const ONE_BY_ONE =
  'The reduplicated classifier 一只只 (“one after another”) is 一隻隻; OpenCC converts only the first 只. Not before 有/是/能 … where 只 means “only” (一隻只有三條腿的貓).';
const XIUQI = 'The idiom is written 休戚與共 (MOE dictionary); 慼 is a wrong split of 戚.';

export const OVERRIDES: Record<ConversionTarget, readonly Override[]> = {
  tw: [
    { wrong: '裡海', right: '裏海', notAfter: LI_ENDS_WORD, reason: `${CASPIAN} OpenCC's Taiwan table writes 裡.` },
    { wrong: '休慼與共', right: '休戚與共', reason: XIUQI },
    { wrong: '國曆史', right: '國歷史', reason: HISTORY },
    { wrong: '一隻只', right: '一隻隻', notBefore: ZHI_STARTS_WORD, reason: ONE_BY_ONE },
    { wrong: '宣佈', right: '宣布', reason: 'Taiwan’s standard form (MOE dictionary main entry) is 宣布; 佈 is a variant here.' },
    { wrong: '發佈', right: '發布', reason: 'Taiwan’s standard form (MOE dictionary main entry) is 發布.' },
    {
      wrong: '伙伴',
      right: '夥伴',
      reason: 'Taiwan’s standard form is 夥伴; OpenCC writes 夥伴 and 伙伴 side by side in one article (好夥伴, 戰略伙伴).',
    },
    { wrong: '註定', right: '注定', reason: '“Destined” is 注定 in Taiwan’s standard (MOE dictionary); 註 is for annotation.' },
    {
      wrong: '唇齒相依',
      right: '脣齒相依',
      reason: 'MOE standard form 脣 (the dictionary’s headword is 脣齒相依); OpenCC’s Taiwan table prefers the variant 唇.',
    },
    {
      wrong: '秘書',
      right: '祕書',
      reason:
        'MOE standard form 祕 in 祕書 (祕書處, 祕書長); OpenCC’s Taiwan table prefers 秘. Only 秘書: 秘魯 and other words keep their form.',
    },
  ],
  hk: [
    { wrong: '休慼與共', right: '休戚與共', reason: XIUQI },
    { wrong: '國曆史', right: '國歷史', reason: HISTORY },
    { wrong: '一隻只', right: '一隻隻', notBefore: ZHI_STARTS_WORD, reason: ONE_BY_ONE },
    {
      wrong: '伙伴',
      right: '夥伴',
      reason: 'OpenCC writes 夥伴 and 伙伴 side by side in one article (好夥伴, 戰略伙伴); one form, 夥伴, keeps the text consistent.',
    },
    {
      wrong: '唇齒相依',
      right: '脣齒相依',
      reason: 'The 香港小學學習字詞表 (Education Bureau) lists 脣 only, although OpenCC’s Hong Kong table writes 唇.',
    },
  ],
};

/** An override's anchored pattern, as a RegExp source (the browser's search converter builds the same pattern). */
export function overridePattern(o: Override): string {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const set = (chars: string) => `[${escape(chars)}]`;
  return `${o.notAfter ? `(?<!${set(o.notAfter)})` : ''}${escape(o.wrong)}${o.notBefore ? `(?!${set(o.notBefore)})` : ''}`;
}

const patterns = new WeakMap<Override, RegExp>();

export function applyOverrides(text: string, overrides: readonly Override[]): string {
  return overrides.reduce((acc, o) => {
    if (!acc.includes(o.wrong)) return acc;
    let re = patterns.get(o);
    if (!re) patterns.set(o, (re = new RegExp(overridePattern(o), 'gu')));
    return acc.replace(re, o.right);
  }, text);
}
