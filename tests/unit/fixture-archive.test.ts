/**
 * Adding a report is routine: a fixture archive of two reports (tests/fixtures/archive/) gets a third by the
 * README's steps — `npm run add-report` drafts it, its editor finishes it (tests/fixtures/added-report/), and
 * the same command checks the archive, registers the new ids and writes the snapshots. Then the content checks
 * that follow the archive (fidelity, id registry, converted-text snapshots) run on the three reports.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArchiveContent, splitFrontmatter } from '../../src/lib/content/archive-content.ts';
import { stripWhitespace } from '../../src/lib/text/blocks.ts';
import { computeMentions } from '../../src/lib/index/mentions.ts';
import { textBlocks } from '../../src/lib/text/blocks.ts';
import { ROOT } from './helpers.ts';

const FIXTURE = join(ROOT, 'tests/fixtures');
const work = mkdtempSync(join(tmpdir(), 'three-reports-'));
const content = join(work, 'content');
const golden = join(work, 'golden');
cpSync(join(FIXTURE, 'archive'), content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The environment of a command run on the fixture: its content and snapshots, and no trace of this Vitest. */
function env(): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env, ARCHIVE_CONTENT_DIR: content, ARCHIVE_GOLDEN_DIR: golden, NO_COLOR: '1', CI: '1' };
  for (const key of Object.keys(out)) if (key.startsWith('VITEST') || key === 'TEST') delete out[key];
  return out;
}
const node = (args: string[]): SpawnSyncReturns<string> => spawnSync(process.execPath, args, { cwd: ROOT, env: env(), encoding: 'utf8' });
const addReport = () => node(['scripts/add-report.ts', join(FIXTURE, 'added-report/gamma.txt'), '1', '14', '--slug', 'gamma']);
const output = (r: SpawnSyncReturns<string>) => `${r.stdout}\n${r.stderr}`;

// Inside a run on another archive (this test's own nested checks) it does not run again.
describe.skipIf(process.env.ARCHIVE_CONTENT_DIR)('a third report, added by the README’s steps', { timeout: 180_000 }, () => {
  it('npm run add-report drafts it: the source copied in, a frontmatter to fill, the source text as paragraphs', () => {
    const result = addReport();
    expect(result.status, output(result)).toBe(0);
    expect(readFileSync(join(content, 'sources/gamma.txt'), 'utf8')).toBe(readFileSync(join(FIXTURE, 'added-report/gamma.txt'), 'utf8'));
    const { frontmatter, body } = splitFrontmatter(readFileSync(join(content, 'reports/gamma.md'), 'utf8'))!;
    expect(frontmatter).toMatch(/^slug: gamma$/m);
    expect(frontmatter).toMatch(/^order: 3$/m);
    expect(frontmatter).toContain('file: sources/gamma.txt');
    // The draft keeps every character of the source lines; only the layout's whitespace goes.
    expect(stripWhitespace(body)).toBe(stripWhitespace(readFileSync(join(FIXTURE, 'added-report/gamma.txt'), 'utf8')));
    expect(output(result)).toContain('Run this command again');
  });

  it('run again on the draft, it names each field still to fill in, and writes nothing', () => {
    const result = addReport();
    expect(result.status).toBe(1);
    for (const field of ['headline.text', 'outlets', 'authors', 'dateline', 'published', 'summary'])
      expect(output(result)).toMatch(new RegExp(`reports/gamma\\.md\\s+field: ${field.replace('.', '\\.')}\\n`));
    expect(readFileSync(join(content, 'paragraph-ids.json'), 'utf8')).not.toContain('"gamma"');
    expect(existsSync(golden)).toBe(false);
  });

  it('once its editor has finished it, the same command registers its ids and writes its snapshots', () => {
    cpSync(join(FIXTURE, 'added-report/gamma.md'), join(content, 'reports/gamma.md'));
    appendFileSync(join(content, 'corrections.yaml'), readFileSync(join(FIXTURE, 'added-report/gamma-ledger.yaml'), 'utf8'));
    const result = addReport();
    expect(result.status, output(result)).toBe(0);
    const registry = JSON.parse(readFileSync(join(content, 'paragraph-ids.json'), 'utf8'));
    expect(Object.keys(registry).sort()).toEqual(['alpha', 'beta', 'gamma']);
    expect(Object.keys(registry.gamma.ids)).toEqual(['s1', 's2', 'p1', 's1-p1', 's2-p1']);
    for (const locale of ['zh-tw', 'zh-hk'])
      for (const slug of ['alpha', 'beta', 'gamma'])
        expect(existsSync(join(golden, locale, `${slug}.txt`)), `${locale}/${slug}`).toBe(true);
    expect(readFileSync(join(golden, 'zh-tw/gamma.txt'), 'utf8')).toContain('headline\t一份願景');
  });

  it('the archive of three reports passes the build’s content checks, across reports', () => {
    const archive = loadArchiveContent(content, ROOT);
    expect(archive.reports.map((r) => r.data.slug)).toEqual(['alpha', 'beta', 'gamma']);
    // Index entries are found in every report that names them, the new one included.
    const mentions = computeMentions(
      archive.people,
      archive.reports.map((r) => ({ slug: r.data.slug, paragraphs: textBlocks(r.parsed) })),
    );
    expect(mentions.get('xi-jinping')!.map((m) => m.report)).toEqual(['alpha', 'gamma']);
  });

  it('the content checks that follow the archive pass on it: fidelity, id registry, converted-text snapshots', () => {
    const files = ['tests/unit/fidelity.test.ts', 'tests/unit/id-registry.test.ts', 'tests/unit/golden.test.ts'];
    const report = join(work, 'checks.json');
    const result = node([
      'node_modules/vitest/vitest.mjs',
      'run',
      '--project',
      'unit',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...files,
    ]);
    expect(result.status, output(result)).toBe(0);
    const { numPassedTests, numFailedTests, testResults } = JSON.parse(readFileSync(report, 'utf8'));
    expect(numFailedTests).toBe(0);
    const titles: string[] = testResults.flatMap((f: { assertionResults: { fullName: string }[] }) =>
      f.assertionResults.map((a) => a.fullName),
    );
    for (const slug of ['alpha', 'beta', 'gamma']) expect(titles.filter((t) => t.includes(slug)).length, slug).toBeGreaterThanOrEqual(4);
    expect(numPassedTests).toBeGreaterThan(20);
  });
});
