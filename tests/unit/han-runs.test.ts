import { describe, expect, it } from 'vitest';
import { hanRuns } from '../../src/lib/text/han-runs.ts';

describe('hanRuns', () => {
  it('separates quoted Chinese from English', () => {
    expect(hanRuns('Xinhua ran it under the dateline 新华社北京6月19日电, which the archive adds.')).toEqual([
      { text: 'Xinhua ran it under the dateline ', han: false },
      { text: '新华社北京6月19日电', han: true },
      { text: ', which the archive adds.', han: false },
    ]);
  });
  it('keeps Chinese punctuation inside a run and leaves a Latin slash outside', () => {
    expect(hanRuns('as in 哈萨克斯/坦蓝 and 一个是向新、一个是入心.')).toEqual([
      { text: 'as in ', han: false },
      { text: '哈萨克斯', han: true },
      { text: '/', han: false },
      { text: '坦蓝', han: true },
      { text: ' and ', han: false },
      { text: '一个是向新、一个是入心', han: true },
      { text: '.', han: false },
    ]);
  });
  it('returns English text as one run', () => {
    expect(hanRuns('No Chinese here.')).toEqual([{ text: 'No Chinese here.', han: false }]);
  });
});
