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
}

const CASES: Record<ConversionTarget, Record<string, Case>> = {
  tw: {
    裡海: { where: 'international-voices#s2-p2', expected: '從烏魯木齊到里海的公路' },
    休慼與共: { where: 'harmony-and-unity#s1-p16', expected: '打造和平安寧、休戚與共的安全格局' },
    六國曆史: { where: 'harmony-and-unity#s2-p18', expected: '讓六國歷史文脈更緊密聯結' },
    一隻只: { where: 'harmony-and-unity#s2-p1', expected: '在碼頭，一隻隻集裝箱踏上了' },
    宣佈: { where: 'harmony-and-unity#s1-p14', expected: '習近平主席宣布的「中國—中亞精神」' },
    發佈: { where: 'harmony-and-unity#s2-p14', expected: '峰會正式發布的成果清單吧——' },
    伙伴: { where: 'harmony-and-unity#s1-p18', expected: '從睦鄰友好到戰略夥伴再到全面戰略夥伴' },
    註定: { where: 'harmony-and-unity#s3-p15', expected: '霸權主義注定傷人害己' },
  },
  hk: {
    裏海: { where: 'international-voices#s2-p2', expected: '從烏魯木齊到里海的公路' },
    休慼與共: { where: 'harmony-and-unity#s1-p16', expected: '打造和平安寧、休戚與共的安全格局' },
    六國曆史: { where: 'harmony-and-unity#s2-p18', expected: '讓六國歷史文脈更緊密聯結' },
    一隻只: { where: 'harmony-and-unity#s2-p1', expected: '在碼頭，一隻隻集裝箱踏上了' },
    伙伴: { where: 'harmony-and-unity#s1-p18', expected: '從睦鄰友好到戰略夥伴再到全面戰略夥伴' },
  },
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

const plainOpenCC = (text: string, target: ConversionTarget) => toCornerQuotes(OpenCC.Converter({ from: 'cn', to: target })(text));

for (const target of ['tw', 'hk'] as const) {
  describe(`overrides for cn→${target}`, () => {
    it('every override has a test case and every case an override', () => {
      expect(OVERRIDES[target].map((o) => o.wrong).sort()).toEqual(Object.keys(CASES[target]).sort());
    });
    for (const o of OVERRIDES[target]) {
      it(`${o.wrong} → ${o.right} (${o.reason})`, () => {
        const c = CASES[target][o.wrong]!;
        const text = source(c.where);
        const converted = convertText(text, target);
        expect(converted).toContain(c.expected);
        expect(c.expected).toContain(o.right);
        expect(converted).not.toContain(o.wrong);
        // Without the override, OpenCC writes the wrong phrase in this very context.
        expect(plainOpenCC(text, target)).toContain(c.expected.replaceAll(o.right, o.wrong));
      });
    }
  });
}
