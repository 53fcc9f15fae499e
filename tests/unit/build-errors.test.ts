/**
 * Broken content stops the real build (Astro's content sync) with the readable
 * message, not a stack of Zod internals, and without Astro's unrelated hints.
 * Uses a copy of content/ with one fault.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { CONTENT_DIR, ROOT } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'archive-broken-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `astro sync` on a fresh copy of content/ changed by edit: its exit status and everything it printed. */
function syncBroken(edit: (copy: string) => void) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(CONTENT_DIR, dir, { recursive: true });
  edit(dir);
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: ROOT,
    env: { ...process.env, ARCHIVE_CONTENT_DIR: dir, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

it('an unknown outlet stops astro with the file, the field, the problem and the fix', () => {
  const { status, output } = syncBroken((copy) => {
    const file = join(copy, 'reports', 'international-voices.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('outlets: [xinhua]', 'outlets: [reuters]'));
  });
  expect(status).not.toBe(0);
  expect(output).toContain('international-voices.md');
  expect(output).toContain('field: outlets[0]');
  expect(output).toContain('problem: outlets[0] is "reuters", which is not one of: xinhua, peoples-daily');
  expect(output).toContain('how to fix:');
  expect(output).not.toMatch(/"code":\s*"invalid_value"/);
}, 60_000);

it('a transcription that differs from the source: our message without Astro’s “Browser APIs” hint', () => {
  const { status, output } = syncBroken((copy) => {
    const file = join(copy, 'reports', 'harmony-and-unity.md');
    const text = readFileSync(file, 'utf8');
    const body = text.indexOf('\n---\n') + 5;
    const han = body + text.slice(body).search(/\p{Script=Han}/u);
    // Replace the body's first Han character with another one.
    writeFileSync(file, text.slice(0, han) + (text[han] === '一' ? '二' : '一') + text.slice(han + 1));
  });
  expect(status).not.toBe(0);
  expect(output).toContain('harmony-and-unity.md');
  expect(output).toContain('the body differs from the source');
  expect(output).not.toContain('Browser APIs');
}, 60_000);

it('a deleted people.yaml stops astro naming the file', () => {
  const { status, output } = syncBroken((copy) => unlinkSync(join(copy, 'people.yaml')));
  expect(status).not.toBe(0);
  expect(output).toMatch(/people\.yaml\n\s+field: \(the whole file\)\n\s+problem: \(the whole file\) does not exist/);
}, 60_000);
