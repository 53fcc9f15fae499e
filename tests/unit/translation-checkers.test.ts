/** The names and numbers checks themselves, on small fixtures (their run on the real translation: translation-checks.test.ts). */
import { describe, expect, it } from 'vitest';
import type { IndexEntry } from '../../src/lib/model/schema.ts';
import { acceptedForms, missingNames, type NameChecks } from '../support/translation-names.ts';
import { chineseFigures, compareFigures, englishFigures } from '../support/translation-numbers.ts';

describe('numbers check', () => {
  it('applies the Chinese units of count and the English scale words', () => {
    expect(chineseFigures('15亿元和3万人，2.5万亿').map((f) => f.value)).toEqual([1.5e9, 3e4, 2.5e12]);
    expect(englishFigures('1.5 billion yuan, 30,000 people, 2.5 trillion').digits.map((f) => f.value)).toEqual([1.5e9, 3e4, 2.5e12]);
  });

  it.each([
    ['15亿元', '1.5 billion yuan'],
    ['1360多万平方公里', 'more than 13.6 million square kilometres'],
    ['6月16日至18日', 'from June 16 to 18'],
    ['5国元首', 'the heads of state of the five countries'],
    ['每隔200到300公里', 'every 200 to 300 kilometres'],
    ['48小时', '48 hours'],
    ['增长了12.5%', 'grew by 12.5%'],
  ])('accepts %s as %s', (zh, en) => {
    expect(compareFigures(zh, en)).toEqual({ missing: [], extra: [] });
  });

  it('finds a figure changed, dropped or added', () => {
    expect(compareFigures('15亿元', '15 billion yuan')).toMatchObject({ missing: [{ text: '15亿' }], extra: [{ text: '15 billion' }] });
    expect(compareFigures('6月16日', 'June')).toMatchObject({ missing: [{ value: 16 }], extra: [] });
    expect(compareFigures('会议', 'the 2 meetings')).toMatchObject({ missing: [], extra: [{ value: 2 }] });
    // A spelled-out number answers only for a Chinese figure; it is never counted as an addition.
    expect(compareFigures('两国', 'the two countries')).toEqual({ missing: [], extra: [] });
  });
});

describe('names check', () => {
  const tokayev: IndexEntry = {
    id: 'tokayev',
    kind: 'person',
    names: { 'zh-Hans': '托卡耶夫', en: 'Kassym-Jomart Tokayev' },
    verified: { en: true },
    role: '总统',
    mentions: ['托卡耶夫'],
  };
  const route: IndexEntry = {
    id: 'route',
    kind: 'place',
    names: { 'zh-Hans': '跨里海国际运输走廊', en: 'Trans-Caspian International Transport Route (Middle Corridor)' },
    verified: { en: true },
    role: '走廊',
    mentions: ['跨里海国际运输走廊'],
  };
  const china: IndexEntry = { ...tokayev, id: 'china', kind: 'place', names: { 'zh-Hans': '中国', en: 'China' }, mentions: ['中国'] };
  const none: NameChecks = { forms: [], exceptions: [] };
  const check = (zh: string, en: string, entries: IndexEntry[], checks = none) =>
    missingNames('r', [{ id: 'p1', text: zh }], new Map([['p1', en]]), entries, checks).map((m) => m.entry);

  it('accepts the whole name, the name without its explanation, and a person’s surname', () => {
    expect(acceptedForms(route, none)).toEqual([route.names.en, 'Trans-Caspian International Transport Route', 'Middle Corridor']);
    expect(check('托卡耶夫总统说', 'President Tokayev said', [tokayev])).toEqual([]);
    expect(check('跨里海国际运输走廊', 'the trans–caspian international transport route', [route])).toEqual([]);
  });

  it('reports an entry the English paragraph does not name', () => {
    expect(check('托卡耶夫总统说', 'The president said', [tokayev])).toEqual(['tokayev']);
    expect(check('中国企业', 'Chinese companies', [china])).toEqual(['china']);
  });

  it('accepts the forms and exceptions listed with reasons', () => {
    expect(
      check('中国企业', 'Chinese companies', [china], {
        forms: [{ entry: 'china', forms: ['Chinese'], reason: 'adjective' }],
        exceptions: [],
      }),
    ).toEqual([]);
    expect(
      check('托卡耶夫总统说', 'He said', [tokayev], {
        forms: [],
        exceptions: [{ entry: 'tokayev', report: 'r', paragraph: 'p1', reason: 'pronoun' }],
      }),
    ).toEqual([]);
  });
});
