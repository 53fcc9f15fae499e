/**
 * Every reviewed override, shown in its real context: the whole paragraph (or
 * ledger reason) is converted as the build converts it, the right phrase
 * appears, and plain OpenCC (without the override) really gets it wrong there.
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { convertText, toCornerQuotes } from '../../src/lib/i18n/convert.ts';
import type { ConversionTarget } from '../../src/lib/i18n/locales.ts';
import { OVERRIDES } from '../../src/lib/i18n/overrides.ts';
import { textBlocks } from '../../src/lib/text/blocks.ts';
import { archive, report } from './helpers.ts';

interface Case {
  /** "slug#paragraph-id" or "ledger#entry-id". */
  where: string;
  /** The converted phrase in its context, as the page must show it. */
  expected: string;
  /** More Simplified phrases the override must correct, with what they must read. */
  fixes?: Record<string, string>;
  /**
   * Simplified counter-examples: text where OpenCC writes the same characters as part of other words. The override
   * must leave them exactly as plain OpenCC converts them.
   */
  leaves: string[];
}

const CASPIAN: Omit<Case, 'leaves'> = {
  where: 'international-voices#s2-p2',
  expected: '從烏魯木齊到裏海的公路',
  fixes: { 跨里海国际运输走廊: '跨裏海國際運輸走廊', 里海: '裏海' },
};
const HISTORY: Case = {
  where: 'harmony-and-unity#s2-p18',
  expected: '讓六國歷史文脈更緊密聯結',
  fixes: { 两国历史: '兩國歷史', 各国历史: '各國歷史', 五国历史: '五國歷史' },
  leaves: ['国历新年', '改用国历'],
};
const ONE_BY_ONE: Case = {
  where: 'harmony-and-unity#s2-p1',
  expected: '在碼頭，一隻隻集裝箱踏上了',
  leaves: ['一只只有三条腿的猫', '一只只是看着', '一只只能飞'],
};
const XIUQI: Case = { where: 'harmony-and-unity#s1-p16', expected: '打造和平安寧、休戚與共的安全格局', leaves: ['悲戚', '休息'] };
const PARTNER: Case = { where: 'harmony-and-unity#s1-p18', expected: '從睦鄰友好到戰略夥伴再到全面戰略夥伴', leaves: ['伙食'] };
const LIPS: Omit<Case, 'expected'> = { where: 'harmony-and-unity#s1-p24', leaves: ['嘴唇'] };

const CASES: Record<ConversionTarget, Record<string, Case>> = {
  tw: {
    裡海: { ...CASPIAN, leaves: ['这里海关', '那里海水很蓝', '心里海阔天空', '家里海鲜多'] },
    休慼與共: XIUQI,
    國曆史: HISTORY,
    一隻只: ONE_BY_ONE,
    宣佈: { where: 'harmony-and-unity#s1-p14', expected: '習近平主席宣布的「中國—中亞精神」', leaves: ['分布', '布置'] },
    發佈: { where: 'harmony-and-unity#s2-p14', expected: '峰會正式發布的成果清單吧——', leaves: ['散布', '颁布'] },
    伙伴: PARTNER,
    註定: { where: 'harmony-and-unity#s3-p15', expected: '霸權主義注定傷人害己', leaves: ['注册', '注释'] },
    唇齒相依: { ...LIPS, expected: '山水相連、脣齒相依，以信相交' },
    秘書: {
      where: 'international-voices#s1-p1',
      expected: '中國—中亞機制祕書處祕書長',
      fixes: { 秘书处全面运行: '祕書處全面運行' },
      leaves: ['秘鲁', '秘密', '便秘'],
    },
  },
  hk: {
    休慼與共: XIUQI,
    國曆史: HISTORY,
    一隻只: ONE_BY_ONE,
    伙伴: PARTNER,
    唇齒相依: { ...LIPS, expected: '山水相連、脣齒相依，以信相交' },
  },
};

/** Text OpenCC already writes right, each with the reason no override is needed (checked below). */
const NO_OVERRIDE_NEEDED: Record<ConversionTarget, Record<string, string>> = {
  tw: { 这里海关: '這裡海關' },
  hk: { 从乌鲁木齐到里海的公路: '從烏魯木齊到裏海的公路', 跨里海: '跨裏海', 这里海关: '這裏海關', 秘书处秘书长: '秘書處秘書長' },
};

function source(where: string): string {
  const [scope, id] = where.split('#') as [string, string];
  if (scope === 'ledger') {
    const entry = archive.ledger.find((e) => e.id === id);
    if (!entry) throw new Error(`no ledger entry ${id}`);
    return entry.reason;
  }
  const block = textBlocks(report(scope).parsed).find((b) => b.id === id);
  if (!block) throw new Error(`no paragraph ${where}`);
  return block.text;
}

// One plain converter per target: building OpenCC's tables takes most of a second, and the cases call it often.
const plainConverters = new Map<ConversionTarget, (text: string) => string>();
const plainOpenCC = (text: string, target: ConversionTarget) => {
  if (!plainConverters.has(target)) plainConverters.set(target, OpenCC.Converter({ from: 'cn', to: target }));
  return toCornerQuotes(plainConverters.get(target)!(text));
};

for (const target of ['tw', 'hk'] as const) {
  describe(`overrides for cn→${target}`, () => {
    it('every override has a test case and every case an override', () => {
      expect(OVERRIDES[target].map((o) => o.wrong).sort()).toEqual(Object.keys(CASES[target]).sort());
    });
    for (const o of OVERRIDES[target]) {
      const c = CASES[target][o.wrong]!;
      it(`${o.wrong} → ${o.right} in its context (${o.reason})`, () => {
        const text = source(c.where);
        const converted = convertText(text, target);
        expect(converted).toContain(c.expected);
        expect(c.expected).toContain(o.right);
        expect(converted).not.toContain(o.wrong);
        // Without the override, OpenCC writes the wrong phrase in this very context.
        expect(plainOpenCC(text, target)).toContain(c.expected.replaceAll(o.right, o.wrong));
        for (const [simplified, expected] of Object.entries(c.fixes ?? {}))
          expect(convertText(simplified, target), simplified).toBe(expected);
      });
      it(`${o.wrong} → ${o.right} leaves its counter-examples alone: ${c.leaves.join('、')}`, () => {
        expect(c.leaves.length).toBeGreaterThan(0);
        for (const text of c.leaves) expect(convertText(text, target), text).toBe(plainOpenCC(text, target));
      });
    }
    it('needs no override where OpenCC already writes the region’s form', () => {
      for (const [simplified, expected] of Object.entries(NO_OVERRIDE_NEEDED[target]))
        expect(convertText(simplified, target), simplified).toBe(expected);
    });
  });
}
