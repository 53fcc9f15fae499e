/**
 * Reviewed corrections to OpenCC's output, per region, at phrase level. Each
 * entry replaces a wrong converted phrase with the right one and says why;
 * each has a test in tests/unit/overrides.test.ts.
 */
import type { ConversionTarget } from './locales.ts';

export interface Override {
  /** The phrase as OpenCC writes it (wrong). */
  wrong: string;
  /** The phrase as it should read. */
  right: string;
  /** Why, for reviewers. */
  reason: string;
}

export const OVERRIDES: Record<ConversionTarget, readonly Override[]> = {
  tw: [
    { wrong: '裡海', right: '里海', reason: 'The Caspian Sea (里海) is a name: 里 is not “inside” here and never becomes 裡.' },
    { wrong: '休慼與共', right: '休戚與共', reason: 'The idiom is written 休戚與共 (MOE dictionary); 慼 is a wrong split of 戚.' },
    { wrong: '六國曆史', right: '六國歷史', reason: 'OpenCC segments 六国历史 as 国历 (calendar) + 史; “history” is 歷史.' },
    {
      wrong: '一隻只',
      right: '一隻隻',
      reason: 'The reduplicated classifier 一只只 (“one container after another”) is 一隻隻; OpenCC converts only the first 只.',
    },
    { wrong: '宣佈', right: '宣布', reason: 'Taiwan’s standard form (MOE dictionary main entry) is 宣布; 佈 is a variant here.' },
    { wrong: '發佈', right: '發布', reason: 'Taiwan’s standard form (MOE dictionary main entry) is 發布.' },
    {
      wrong: '伙伴',
      right: '夥伴',
      reason: 'Taiwan’s standard form is 夥伴; OpenCC writes 夥伴 and 伙伴 side by side in one article (好夥伴, 戰略伙伴).',
    },
    { wrong: '註定', right: '注定', reason: '“Destined” is 注定 in Taiwan’s standard (MOE dictionary); 註 is for annotation.' },
  ],
  hk: [
    { wrong: '裏海', right: '里海', reason: 'The Caspian Sea (里海) is a name: 里 is not “inside” here and never becomes 裏.' },
    { wrong: '休慼與共', right: '休戚與共', reason: 'The idiom is written 休戚與共; 慼 is a wrong split of 戚.' },
    { wrong: '六國曆史', right: '六國歷史', reason: 'OpenCC segments 六国历史 as 国历 (calendar) + 史; “history” is 歷史.' },
    {
      wrong: '一隻只',
      right: '一隻隻',
      reason: 'The reduplicated classifier 一只只 (“one container after another”) is 一隻隻; OpenCC converts only the first 只.',
    },
    {
      wrong: '伙伴',
      right: '夥伴',
      reason: 'OpenCC writes 夥伴 and 伙伴 side by side in one article (好夥伴, 戰略伙伴); one form, 夥伴, keeps the text consistent.',
    },
  ],
};

export function applyOverrides(text: string, overrides: readonly Override[]): string {
  return overrides.reduce((acc, o) => acc.split(o.wrong).join(o.right), text);
}
