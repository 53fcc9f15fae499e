#!/usr/bin/env node
/**
 * `npm test`: every check in order, stopping at the first failure —
 * types, formatting, unit tests, a fresh build, checks of its HTML without a browser,
 * browser tests against it, and a second build that must be byte-identical to the first.
 * Ends with one line "N passed, N failed" over all unit and browser tests.
 * The type check and the format check run side by side (each uses one core); their output is printed, one after
 * the other, when both have ended.
 */
import './check-node.mjs';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = '.cache/test-reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

/** A step: [name, command, arguments, environment?]; a list of steps in one entry runs them side by side. */
const steps = [
  [
    ['type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']],
    ['format check', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ],
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

/** Run one step; with `buffered` (steps side by side), its output is kept for the caller to print in one piece. */
function run([name, cmd, args, env], buffered) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(cmd, args, { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...env } });
    let output = '';
    if (buffered) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (output += chunk));
    const end = (status) => resolve({ name, status, output, seconds: ((Date.now() - started) / 1000).toFixed(1) });
    child.on('error', (error) => {
      output += `${error.message}\n`;
      end(127);
    });
    child.on('close', (status) => end(status ?? 1));
  });
}

const started = Date.now();
for (const [index, entry] of steps.entries()) {
  const group = Array.isArray(entry[0]) ? entry : [entry];
  const side = group.length > 1 ? ' (side by side)' : '';
  for (const [name, cmd, args] of group) console.log(`\n▶ [${index + 1}/${steps.length}] ${name}${side}: ${cmd} ${args.join(' ')}`);
  const results = await Promise.all(group.map((step) => run(step, group.length > 1)));
  for (const { name, output, status, seconds } of results) {
    if (output) console.log(`\n── ${name} ──\n${output.trimEnd()}`);
    if (status === 0) console.log(`✓ ${name} (${seconds}s)`);
  }
  const failed = results.filter((r) => r.status !== 0);
  if (failed.length) {
    const { passed, failed: failedTests } = counts();
    for (const { name, seconds } of failed) console.error(`\n✗ ${name} failed after ${seconds}s; later steps were not run.`);
    console.log(`${passed} passed, ${Math.max(failedTests, 1)} failed`);
    process.exit(failed[0].status || 1);
  }
}
const { passed, failed } = counts();
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`);
console.log(`${passed} passed, ${failed} failed`);
