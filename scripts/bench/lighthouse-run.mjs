/**
 * Lighthouse scores of one URL (the `lighthouse` package's CLI, default mobile
 * settings with simulated throttling) in system Chromium, headless, with
 * nothing that reaches beyond the local server. Returns the four category
 * scores (0–100) and the audits that cost points.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { findChromium } from '../find-chromium.mjs';

const CLI = resolve('node_modules/lighthouse/cli/index.js');
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function lighthouse(url) {
  const args = [
    CLI,
    url,
    '--output=json',
    '--output-path=stdout',
    `--chrome-flags=${CHROME_FLAGS}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--disable-full-page-screenshot',
    '--quiet',
  ];
  const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: findChromium() }, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = [];
  const err = [];
  child.stdout.on('data', (d) => out.push(d));
  child.stderr.on('data', (d) => err.push(d));
  const code = await new Promise((done) => child.on('close', done));
  if (code !== 0) throw new Error(`lighthouse failed for ${url} (exit ${code}): ${Buffer.concat(err).toString().slice(-800)}`);
  const lhr = JSON.parse(Buffer.concat(out).toString());
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]),
  );
  const failing = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
        failing.push({ category: c, id: ref.id, title: audit.title, score: audit.score, value: audit.displayValue ?? null });
    }
  }
  const metrics = {
    fcpMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? 0),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
  };
  return { scores, metrics, failing, lighthouseVersion: lhr.lighthouseVersion };
}
