/**
 * Broken content stops the real build (Astro's content sync) with the readable
 * message, not a stack of Zod internals. Uses a copy of content/ with one fault.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { CONTENT_DIR, ROOT } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'archive-broken-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('an unknown outlet stops astro with the file, the field, the problem and the fix', () => {
  cpSync(CONTENT_DIR, dir, { recursive: true });
  const file = join(dir, 'reports', 'international-voices.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('outlets: [xinhua]', 'outlets: [reuters]'));
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: ROOT,
    env: { ...process.env, ARCHIVE_CONTENT_DIR: dir, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const output = result.stdout + result.stderr;
  expect(result.status).not.toBe(0);
  expect(output).toContain('international-voices.md');
  expect(output).toContain('field: outlets[0]');
  expect(output).toContain('problem: outlets[0] is "reuters", which is not one of: xinhua, peoples-daily');
  expect(output).toContain('how to fix:');
  expect(output).not.toMatch(/"code":\s*"invalid_value"/);
}, 60_000);
