#!/usr/bin/env node
/**
 * `npm test`: every check in order, stopping at the first failure —
 * types, formatting, unit tests, a fresh build, checks of its HTML without a browser,
 * browser tests against it, and a second build that must be byte-identical to the first.
 * Ends with one line "N passed, N failed" over all unit and browser tests.
 */
import './check-node.mjs';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = '.cache/test-reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const steps = [
  ['type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']],
  ['format check', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  [
    'unit tests',
    'npx',
    ['vitest', 'run', '--project', 'unit', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/unit.json`],
  ],
  ['build', 'npm', ['run', 'build']],
  [
    'checks of built HTML',
    'npx',
    ['vitest', 'run', '--project', 'dist', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/dist.json`],
  ],
  ['browser tests', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/e2e.json` }],
  ['reproducible build', 'node', ['scripts/check-reproducible.mjs', '--reference', 'dist']],
];

function counts() {
  let passed = 0;
  let failed = 0;
  for (const vitestReport of ['unit.json', 'dist.json']) {
    try {
      const report = JSON.parse(readFileSync(`${REPORTS}/${vitestReport}`, 'utf8'));
      passed += report.numPassedTests;
      failed += report.numFailedTests;
    } catch {}
  }
  try {
    const e2e = JSON.parse(readFileSync(`${REPORTS}/e2e.json`, 'utf8'));
    passed += e2e.stats.expected;
    failed += e2e.stats.unexpected + e2e.stats.flaky;
  } catch {}
  return { passed, failed };
}

const started = Date.now();
for (const [index, [name, cmd, args, env]] of steps.entries()) {
  console.log(`\n▶ [${index + 1}/${steps.length}] ${name}: ${cmd} ${args.join(' ')}`);
  const stepStart = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  if (result.status !== 0) {
    const { passed, failed } = counts();
    console.error(`\n✗ ${name} failed after ${seconds}s; later steps were not run.`);
    console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds}s)`);
}
const { passed, failed } = counts();
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`);
console.log(`${passed} passed, ${failed} failed`);
