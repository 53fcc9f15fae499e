/**
 * Reproducible builds: building the same checkout again gives a dist/ that is
 * byte-identical to the one under test (scripts/check-reproducible.mjs).
 */
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

test('a second build of this commit is byte-identical to dist/', () => {
  test.setTimeout(120_000);
  const output = execFileSync('node', ['scripts/check-reproducible.mjs', '--reference', 'dist', '--work', '.cache/reproducible-e2e'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  expect(output).toMatch(/reproducible: \d+ files byte-identical/);
});
