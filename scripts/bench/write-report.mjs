#!/usr/bin/env node
/**
 * Re-render docs/benchmarks.md and the charts from docs/benchmarks.json
 * without measuring again (after editing the report layout or
 * docs/benchmarks-analysis.md): node scripts/bench/write-report.mjs
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeReport } from './report.mjs';

writeReport(JSON.parse(readFileSync('docs/benchmarks.json', 'utf8')), 'docs');
execFileSync(process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--write', 'docs/benchmarks.md'], { stdio: 'ignore' });
console.log('wrote docs/benchmarks.md and docs/benchmarks/*.svg from docs/benchmarks.json');
