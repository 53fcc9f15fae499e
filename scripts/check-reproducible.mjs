#!/usr/bin/env node
/**
 * Proves the build is reproducible: builds the current checkout twice into
 * separate folders and compares the SHA-256 of every file. Exits 1 and names
 * every differing file when the two dist/ trees are not byte-identical.
 *
 *   node scripts/check-reproducible.mjs [--work .cache/reproducible]
 *   node scripts/check-reproducible.mjs --reference dist   (one build, compared with an existing dist/)
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compareHashes, sha256Hex } from '../src/lib/publish/manifest.ts';
import { readTree } from './read-tree.mjs';

const { values } = parseArgs({
  options: { work: { type: 'string', default: '.cache/reproducible' }, reference: { type: 'string' } },
});

function build(outDir) {
  rmSync(outDir, { recursive: true, force: true });
  console.log(`reproducible: building into ${outDir} …`);
  const started = Date.now();
  // The same atomic build as npm run build: Astro, then the archive's build steps (src/build/).
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--outDir', resolve(outDir)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    console.error(`reproducible: the build into ${outDir} failed (exit ${result.status}).`);
    process.exit(1);
  }
  console.log(`reproducible: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return outDir;
}

async function hashes(dir) {
  return new Map((await readTree(dir)).map((f) => [f.path, sha256Hex(f.data)]));
}

const first = values.reference ?? build(join(values.work, 'a'));
const second = build(join(values.work, 'b'));
const [a, b] = [await hashes(first), await hashes(second)];
const differences = compareHashes(a, b);
if (differences.length) {
  console.error(`reproducible: ${first}/ and ${second}/ differ in ${differences.length} file(s):\n  ${differences.join('\n  ')}`);
  process.exit(1);
}
console.log(`reproducible: ${a.size} files byte-identical in ${first}/ and ${second}/`);
