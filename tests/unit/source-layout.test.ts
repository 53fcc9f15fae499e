/**
 * Layout rules the character comparison cannot see (src/lib/text/source-layout.ts) are content checks: the
 * build and `npm run add-report` report them with file, field, kind and fix. Each fixture of
 * tests/fixtures/source-layout/ replaces the first report of the fixture archive (tests/fixtures/archive/).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';
import { ArchiveContentError, type ContentProblem } from '../../src/lib/content/errors.ts';
import type { LedgerEntry } from '../../src/lib/model/schema.ts';
import { parseBody } from '../../src/lib/text/blocks.ts';
import { paragraphsWithWhitespace, sourceCoverageGaps, undocumentedBreaks } from '../../src/lib/text/source-layout.ts';
import { ROOT } from './helpers.ts';

const FIXTURES = join(ROOT, 'tests/fixtures');
const work = mkdtempSync(join(tmpdir(), 'source-layout-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the fixture archive whose report alpha is the named fixture; its folder. */
function archiveWith(fixture: string): string {
  const dir = join(work, fixture.replace(/\.md$/, ''));
  cpSync(join(FIXTURES, 'archive'), dir, { recursive: true });
  cpSync(join(FIXTURES, 'source-layout', fixture), join(dir, 'reports/alpha.md'));
  return dir;
}

function problemsOf(dir: string): readonly ContentProblem[] {
  try {
    loadArchiveContent(dir, ROOT);
  } catch (error) {
    if (error instanceof ArchiveContentError) return error.problems;
    throw error;
  }
  return [];
}

describe('the build’s content checks', () => {
  it('accept the fixture archive as it is', () => {
    expect(problemsOf(join(FIXTURES, 'archive'))).toEqual([]);
  });

  it('report a restored paragraph break that no ledger "structure" entry documents', () => {
    const dir = archiveWith('unrecorded-break.md');
    const problems = problemsOf(dir);
    expect(problems).toEqual([
      expect.objectContaining({ file: relative(ROOT, join(dir, 'reports/alpha.md')), field: 'paragraph p2', kind: 'fidelity' }),
    ]);
    expect(problems[0]!.problem).toContain('source line 5');
    expect(problems[0]!.fix).toContain('kind: structure, report: alpha, text: 斗转星移，古道驼,');
  });

  it('and accept it once the ledger documents it', () => {
    const dir = archiveWith('unrecorded-break.md');
    const entry = [
      '- id: alpha-break',
      '  report: alpha',
      '  kind: structure',
      '  text: 斗转星移，古道驼铃',
      '  source_lines: [4, 5]',
      '  reason: 恢复分段。',
      '  reason_en: The break is restored.',
      '',
    ].join('\n');
    appendFileSync(join(dir, 'corrections.yaml'), entry);
    expect(problemsOf(dir)).toEqual([]);
  });

  it('report whitespace left inside a paragraph', () => {
    const dir = archiveWith('space-in-paragraph.md');
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({ file: relative(ROOT, join(dir, 'reports/alpha.md')), field: 'paragraph p1', kind: 'body' }),
    ]);
  });

  it('report source lines that no report cites, naming the source file', () => {
    const dir = archiveWith('lines-left-out.md');
    const problems = problemsOf(dir);
    // The body then also holds text from beyond its lines (a fidelity problem of the body); the lost lines are named.
    expect(problems).toContainEqual(
      expect.objectContaining({ file: relative(ROOT, join(dir, 'sources/alpha.txt')), field: 'lines 9–10', kind: 'fidelity' }),
    );
  });

  it('npm run add-report reports the same problem with its file, field and fix, and writes nothing', () => {
    const dir = archiveWith('unrecorded-break.md');
    const registry = readFileSync(join(dir, 'paragraph-ids.json'), 'utf8');
    const env: NodeJS.ProcessEnv = { ...process.env, ARCHIVE_CONTENT_DIR: dir, ARCHIVE_GOLDEN_DIR: join(dir, 'golden'), NO_COLOR: '1' };
    const result = spawnSync(process.execPath, ['scripts/add-report.ts', join(dir, 'sources/alpha.txt'), '1', '10', '--slug', 'alpha'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stderr).toMatch(/reports\/alpha\.md\s+field: paragraph p2\s+problem: paragraph p2 \(“斗转星移/);
    expect(result.stderr).toContain('how to fix: if the break is right, add an entry');
    expect(readFileSync(join(dir, 'paragraph-ids.json'), 'utf8')).toBe(registry);
  }, 60_000);
});

describe('the layout rules', () => {
  const source = ['标题', '', '第一段开头，', '接着写。', '第二段开头，继续写。', '引语——', '第三段。', '', '第四段。'].join('\n');
  const report = { source: { file: 'sources/small.txt', lines: [1, 9] as [number, number] } };
  const structure = (text: string): LedgerEntry => ({
    id: 'x',
    report: 'r',
    kind: 'structure',
    text,
    source_lines: [3, 5],
    reason: '理由',
    reason_en: 'reason',
  });

  it('a break after a blank line or a lead-in needs nothing; one inside running lines needs a structure entry', () => {
    const body = parseBody('标题\n\n第一段开头，接着写。\n\n第二段开头，继续写。\n\n引语——\n\n第三段。\n\n第四段。');
    expect(undocumentedBreaks(report, body, [], source)).toEqual([{ id: 'p3', start: '第二段开头，继续', line: 5 }]);
    expect(undocumentedBreaks(report, body, [structure('第二段开头')], source)).toEqual([]);
    // An entry for other words documents nothing here.
    expect(undocumentedBreaks(report, body, [structure('第三段')], source)).toHaveLength(1);
  });

  it('whitespace in a paragraph is found by paragraph id', () => {
    expect(paragraphsWithWhitespace(parseBody('一段。\n\n二\u3000段。\n\n## 节\n\n三 段。'))).toEqual(['p2', 's1-p1']);
  });

  it('source coverage: lines left out and lines cited twice, in runs across blank lines', () => {
    const text = ['a', 'b', '', 'c', 'd', 'e', '', ''].join('\n');
    expect(sourceCoverageGaps(text, [{ slug: 'one', lines: [1, 5] }])).toEqual([{ lines: [6, 6], reports: [] }]);
    expect(
      sourceCoverageGaps(text, [
        { slug: 'one', lines: [1, 4] },
        { slug: 'two', lines: [2, 6] },
      ]),
    ).toEqual([{ lines: [2, 4], reports: ['one', 'two'] }]);
    expect(sourceCoverageGaps(text, [{ slug: 'one', lines: [4, 6] }])).toEqual([{ lines: [1, 2], reports: [] }]);
  });
});
