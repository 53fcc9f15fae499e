import { describe, expect, it } from 'vitest';
import { excerpt, matchParagraph, mergeRanges, type Paragraph, rankHits } from '../../src/lib/search/match.ts';
import { normalize, normalizeWithMap, queryTerms } from '../../src/lib/search/normalize.ts';

const para = (id: string, text: string): Paragraph => ({ url: '/zh-hans/reports/x/', pageTitle: 'T', id, sectionTitle: 'S', text });
const same = (c: string) => c;

describe('query normalization', () => {
  it('drops Chinese and ASCII punctuation and spaces', () => {
    expect(normalize('“兼相爱，交相利。”')).toBe('兼相爱交相利');
    expect(normalize('兼相爱, 交相利!')).toBe('兼相爱交相利');
    expect(normalize('巴赫蒂亚尔·哈姆达莫夫')).toBe('巴赫蒂亚尔哈姆达莫夫');
  });
  it('turns full-width digits and letters half-width and lower-cases ASCII', () => {
    expect(normalize('１３６０多万平方公里')).toBe('1360多万平方公里');
    expect(normalize('ＡＢＣ abc')).toBe('abcabc');
  });
  it('maps normalized characters back to the original offsets', () => {
    const n = normalizeWithMap('“甲，乙”');
    expect(n.text).toBe('甲乙');
    expect(n.starts).toEqual([1, 3]);
    expect(n.ends).toEqual([2, 4]);
  });
  it('splits terms on spaces and punctuation', () => {
    expect(queryTerms('连云港 量子，计算')).toEqual(['连云港', '量子', '计算']);
  });
});

describe('paragraph matching', () => {
  const texts = [
    para('p1', '迎着正午阳光，习近平主席走出专机舱门。'),
    para('p2', '中国先贤讲：“兼相爱，交相利。”中亚也有句谚语。'),
    para('p3', '连云港作为新亚欧大陆桥的东方起点。'),
  ];
  it('finds a quote typed whole with other punctuation and marks it in the original text', () => {
    const hit = matchParagraph(texts[1]!, '兼相爱 交相利', same)!;
    expect(hit.kind).toBe('full');
    expect(hit.found).toEqual(['兼相爱，交相利']);
  });
  it('never counts single characters shared by chance (量子计算机 vs 专机)', () => {
    expect(rankHits(texts, '量子计算机', same)).toEqual([]);
    expect(rankHits(texts, '机', same).map((h) => h.paragraph.id)).toEqual(['p1']);
  });
  it('ranks full matches before all-terms and partial matches, and labels partial ones', () => {
    const hits = rankHits([para('a', '连云港和量子'), para('b', '连云港'), para('c', '连云港量子')], '连云港 量子', same);
    expect(hits.map((h) => [h.paragraph.id, h.kind])).toEqual([
      ['c', 'full'],
      ['a', 'all-terms'],
      ['b', 'partial'],
    ]);
  });
  it('matches through character folding (Traditional query, Simplified text)', () => {
    const fold = (c: string) => ({ 連: '连', 雲: '云' })[c] ?? c;
    expect(matchParagraph(texts[2]!, '連雲港', fold)?.found).toEqual(['连云港']);
  });
});

describe('excerpts', () => {
  it('marks the matched ranges and elides the rest', () => {
    const text = `${'甲'.repeat(50)}连云港${'乙'.repeat(100)}`;
    const pieces = excerpt(text, [[50, 53]], 10);
    expect(pieces[0]).toEqual({ text: '…', marked: false });
    expect(pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(['连云港']);
    expect(pieces.at(-1)).toEqual({ text: '…', marked: false });
  });
  it('merges overlapping ranges', () => {
    expect(
      mergeRanges([
        [5, 8],
        [0, 2],
        [7, 9],
      ]),
    ).toEqual([
      [0, 2],
      [5, 9],
    ]);
  });
});

describe('normalization’s quick path for plain characters', () => {
  /** The general rule (NFKC, lower case, drop punctuation, symbols, separators, controls), character by character. */
  function reference(original: string, fold: (c: string) => string) {
    let text = '';
    const starts: number[] = [];
    const ends: number[] = [];
    let offset = 0;
    for (const ch of original) {
      for (const n of ch.normalize('NFKC').toLowerCase()) {
        if (/[\p{P}\p{S}\p{Z}\p{C}\s]/u.test(n)) continue;
        const out = fold(n);
        text += out;
        for (let k = 0; k < out.length; k++) (starts.push(offset), ends.push(offset + ch.length));
      }
      offset += ch.length;
    }
    return { text, starts, ends };
  }
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)).join('');

  it('gives what the general rule gives for every CJK ideograph, ASCII letter and digit, and around them', () => {
    const fold = (c: string) => ({ 後: '后', 臺: '台' })[c] ?? c;
    const text = [range(0x3400, 0x4dbf), range(0x4e00, 0x9fff), range(0x20, 0x7e), '２０２５年６月，Ａｓｔａｎａ！𠀀𪚥「引」…Ⅻ㈱'].join('');
    expect(normalizeWithMap(text, fold)).toEqual(reference(text, fold));
  });
});
