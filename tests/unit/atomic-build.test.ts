/**
 * `npm run build` is atomic (scripts/build.mjs): a build that fails leaves the previous dist/
 * byte for byte, with no partial pages and no .prerender/; and a finished build's output is
 * refused when it holds build leftovers (scripts/build-leftovers.mjs).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildLeftovers } from '../../scripts/build-leftovers.mjs';
import { readTree } from '../../scripts/read-tree.mjs';
import { CONTENT_DIR, ROOT } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'atomic-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a failing build', () => {
  test('leaves the previous dist/ as it was and discards its own output', { timeout: 120_000 }, async () => {
    const content = join(work, 'content');
    cpSync(CONTENT_DIR, content, { recursive: true });
    // A registry that is not JSON: the build gets as far as rendering pages before it stops.
    writeFileSync(join(content, 'paragraph-ids.json'), '{ "harmony-and-unity": ');
    const dist = join(work, 'site', 'dist');
    mkdirSync(join(dist, 'en'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>the previous build</title>');
    writeFileSync(join(dist, 'en', 'index.html'), '<!doctype html><title>its English page</title>');
    const before = await readTree(dist);

    const result = spawnSync(process.execPath, ['scripts/build.mjs', '--outDir', dist], {
      cwd: ROOT,
      env: { ...process.env, ARCHIVE_CONTENT_DIR: content, NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 110_000,
    });
    const output = result.stdout + result.stderr;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('dist/ is unchanged: it still holds the previous successful build.');
    expect(await readTree(dist)).toEqual(before);
    expect(readdirSync(join(work, 'site', '.cache', 'build'))).toEqual([]);
  });

  test('with a bad build-step setting stops before Astro starts, naming the variable', async () => {
    const dist = join(work, 'settings', 'dist');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>the previous build</title>');
    const before = await readTree(dist);
    const result = spawnSync(process.execPath, ['scripts/build.mjs', '--outDir', dist], {
      cwd: ROOT,
      env: { ...process.env, ARCHIVE_INDEX_JOBS: 'two', NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('ARCHIVE_INDEX_JOBS is "two"');
    // Astro never ran: it prints its build lines on stdout.
    expect(result.stdout).not.toContain('[build]');
    expect(await readTree(dist)).toEqual(before);
  });
});

describe('build leftovers', () => {
  test('.prerender/ and files carrying a build path are named; a clean output passes', () => {
    const out = join(work, 'leftovers');
    mkdirSync(join(out, '.prerender', 'chunks'), { recursive: true });
    mkdirSync(join(out, 'en'), { recursive: true });
    writeFileSync(join(out, '.prerender', 'chunks', 'page.mjs'), 'export {}');
    writeFileSync(join(out, 'en', 'index.html'), '<a href="/home/builder/archive/content/x.md">x</a>');
    writeFileSync(join(out, 'index.html'), '<a href="en/">en</a>');
    expect(buildLeftovers(out, ['/home/builder/archive'])).toEqual([
      ".prerender/: a build folder (Astro's server code), not part of the site",
      'en/index.html: carries the build path /home/builder/archive',
    ]);
    rmSync(join(out, '.prerender'), { recursive: true });
    writeFileSync(join(out, 'en', 'index.html'), '<a href="../">home</a>');
    expect(buildLeftovers(out, ['/home/builder/archive'])).toEqual([]);
  });
});
