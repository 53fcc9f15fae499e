/** `npm start` rebuilds when dist/ is missing or older than what it is built from (scripts/site-freshness.mjs). */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { staleReason } from '../../scripts/site-freshness.mjs';

const root = mkdtempSync(join(tmpdir(), 'freshness-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const at = (path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);

test('missing, fresh and stale dist/', () => {
  const inputs = ['content', 'src', 'astro.config.mjs'];
  mkdirSync(join(root, 'content', 'reports'), { recursive: true });
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'content', 'reports', 'a.md'), 'a');
  writeFileSync(join(root, 'src', 'page.ts'), 'b');
  writeFileSync(join(root, 'astro.config.mjs'), 'c');
  for (const path of ['content/reports/a.md', 'content/reports', 'content', 'src/page.ts', 'src', 'astro.config.mjs']) at(path, 1_000);
  expect(staleReason({ root, inputs })).toBe('dist/ holds no built site');

  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html>');
  at('dist/index.html', 2_000);
  expect(staleReason({ root, inputs })).toBeNull();

  at('content/reports/a.md', 3_000);
  expect(staleReason({ root, inputs })).toBe(`${join(root, 'content', 'reports', 'a.md')} changed after the last build`);
  at('content/reports/a.md', 1_000);
  at('astro.config.mjs', 3_000);
  expect(staleReason({ root, inputs })).toBe(`${join(root, 'astro.config.mjs')} changed after the last build`);
});
