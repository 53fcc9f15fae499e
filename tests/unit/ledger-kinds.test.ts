/**
 * The ledger's kinds as checkFidelity applies them, on a small made-up report: a `change` replaces the words at
 * its cited source lines only (not the first occurrence anywhere), a `move` takes header text from its lines,
 * an `add` accounts for header text the source lacks.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerEntry, Report } from '../../src/lib/model/schema.ts';
import { parseBody } from '../../src/lib/text/blocks.ts';
import { checkFidelity } from '../../src/lib/text/fidelity.ts';

// Line 1: headline; line 2: byline; lines 4–5: the body, where 合作 stands twice, once on each line.
const SOURCE = ['一份愿景', '新华社记者 张伟', '', '各国加强合作，共谋发展。', '双方深化合作，造福人民。', ''].join('\n');
const report: Report = {
  slug: 'r',
  order: 1,
  headline: { text: '一份愿景', kind: 'original' },
  outlets: ['xinhua'],
  authors: [{ name: '张伟', outlet: 'xinhua' }],
  dateline: '新华社北京6月19日电',
  published: '2025-06-19T00:00:00+08:00',
  language: 'zh-Hans',
  summary: '摘要',
  en: { headline: 'A vision', summary: 'Summary' },
  source: { file: 'sources/r.txt', lines: [1, 5] },
};
const base = { report: 'r', reason: '理由', reason_en: 'Reason' };
const header: LedgerEntry[] = [
  { ...base, id: 'headline', kind: 'move', text: '一份愿景', source_lines: [1, 1], to: 'header' },
  { ...base, id: 'byline', kind: 'move', text: '新华社记者 张伟', source_lines: [2, 2], to: 'header' },
  { ...base, id: 'dateline', kind: 'add', text: '新华社北京6月19日电', to: 'header' },
];
const change = (lines: [number, number], from = '合作'): LedgerEntry => ({
  ...base,
  id: 'fix',
  kind: 'change',
  from,
  to: '协作',
  source_lines: lines,
});
const check = (body: string, ledger: LedgerEntry[]) => checkFidelity(report, parseBody(body, 'r'), ledger, SOURCE);

describe('ledger kinds', () => {
  it('a transcription equal to the source, header moved and added, passes', () => {
    expect(check('各国加强合作，共谋发展。\n\n双方深化合作，造福人民。', header)).toEqual({ ok: true, problems: [] });
  });

  it('a change applies at its cited lines: the second 合作, not the first', () => {
    const body = '各国加强合作，共谋发展。\n\n双方深化协作，造福人民。';
    expect(check(body, [...header, change([5, 5])])).toEqual({ ok: true, problems: [] });
    // Cited at line 4, the same change expects the first occurrence changed instead.
    expect(check(body, [...header, change([4, 4])]).ok).toBe(false);
    expect(check('各国加强协作，共谋发展。\n\n双方深化合作，造福人民。', [...header, change([4, 4])])).toEqual({ ok: true, problems: [] });
  });

  it('a change whose words do not stand at its lines is reported with the entry', () => {
    const result = check('各国加强合作，共谋发展。\n\n双方深化合作，造福人民。', [...header, change([5, 5], '发展')]);
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ entry: 'fix' }));
  });

  it('an undocumented change, and header text nothing accounts for, are both caught', () => {
    expect(check('各国加强协作，共谋发展。\n\n双方深化合作，造福人民。', header).ok).toBe(false);
    expect(check('各国加强合作，共谋发展。\n\n双方深化合作，造福人民。', header.slice(0, 2)).problems).toContainEqual(
      expect.objectContaining({ entry: null, problem: expect.stringContaining('新华社北京6月19日电') }),
    );
  });
});
