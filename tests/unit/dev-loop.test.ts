/**
 * The live editing loop: `astro dev` on a copy of content/ (ARCHIVE_CONTENT_DIR) starts on broken
 * content (it prints the problem and keeps running), shows edits to a report, the ledger, people,
 * quotes and the id registry on the next request, reports broken content with the build's readable
 * message while it keeps serving the last valid content, and its search page says that search needs
 * a build.
 *
 * Slow (it starts a dev server): one server for every case. Port: E2E_PORT + 50 (unused by the
 * browser and hosting tests), or the next free one, read back from Astro's output.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_DIR, ROOT } from './helpers.ts';

const PORT = Number(process.env.E2E_PORT ?? 4399) + 50;
/** How long an edit may take to show. The goal is under 5 s; a loaded test machine gets slack (speed is measured by the bench). */
const SHOW_WITHIN_MS = 20_000;

const work = mkdtempSync(join(tmpdir(), 'dev-loop-'));
const content = join(work, 'content');
let server: ChildProcess;
let output = '';
let origin = '';

async function page(path: string): Promise<string> {
  const response = await fetch(new URL(path, origin));
  return response.text();
}

/** Poll path until test(html) holds; the time it took, or a failure naming what was never seen. */
async function until(path: string, test: (html: string) => boolean, what: string, limit = SHOW_WITHIN_MS): Promise<number> {
  const started = Date.now();
  let last = '';
  while (Date.now() - started < limit) {
    last = await page(path).catch((error: Error) => error.message);
    if (test(last)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${what}: not shown on ${path} within ${limit} ms; the page ended:\n${last.slice(-400)}\ndev server:\n${output.slice(-2000)}`,
  );
}

const withoutVitest = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'));

const edit = (file: string, change: (text: string) => string) => {
  const path = join(content, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `the edit of ${file} changes it`).not.toBe(before);
  writeFileSync(path, after);
};

beforeAll(async () => {
  cpSync(CONTENT_DIR, content, { recursive: true });
  // The server starts on broken content: it prints the problem and keeps running until the content is fixed.
  edit('people.yaml', (t) => t.replace('    en: Xi Jinping\n', '    en: <em>Xi Jinping</em>\n'));
  server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
    cwd: ROOT,
    // Without Vitest's own variables: with VITEST set, Astro's dev server answers every page "Cannot GET".
    env: { ...withoutVitest(process.env), ARCHIVE_CONTENT_DIR: content, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => (output += chunk.toString());
  server.stdout!.on('data', collect);
  server.stderr!.on('data', collect);
  const started = Date.now();
  while (!origin) {
    const url = /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
    if (url) origin = url[1]!;
    else if (server.exitCode !== null || Date.now() - started > 90_000) throw new Error(`astro dev did not start:\n${output}`);
    else await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const broken = Date.now();
  while (!output.includes("The archive's content has 1 problem(s)") && Date.now() - broken < 90_000)
    await new Promise((resolve) => setTimeout(resolve, 250));
  expect(output).toMatch(
    /people\.yaml\n\s+field: entry 1 "xi-jinping": names\.en\n\s+problem: entry 1 "xi-jinping": names\.en holds HTML markup/,
  );
  expect(server.exitCode).toBeNull();
  edit('people.yaml', (t) => t.replace('    en: <em>Xi Jinping</em>\n', '    en: Xi Jinping\n'));
  // The first request compiles the pages: wait for it before timing edits.
  await until('/zh-hans/reports/international-voices/', (html) => html.includes('data-para'), 'the report page', 90_000);
}, 200_000);

afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run dev shows content edits', { timeout: 60_000 }, () => {
  test('a report summary', async () => {
    edit('reports/international-voices.md', (t) => t.replace(/^summary: /m, 'summary: 开发循环测试。'));
    await until('/zh-hans/reports/international-voices/', (html) => html.includes('开发循环测试。'), 'the edited summary');
  });

  test('the ledger', async () => {
    edit('corrections.yaml', (t) => t.replace(/^(  reason_en: )/m, '$1Dev loop check. '));
    await until('/en/about/', (html) => html.includes('Dev loop check.'), 'the edited ledger reason');
  });

  test('people', async () => {
    edit('people.yaml', (t) => t.replace('    en: Xi Jinping\n', '    en: Xi Jinping (dev loop check)\n'));
    await until('/en/people/xi-jinping/', (html) => html.includes('(dev loop check)'), 'the edited name');
  });

  test('quotes', async () => {
    const quotes = readFileSync(join(content, 'quotes.yaml'), 'utf8');
    const first = /^- id: ([a-z0-9-]+)\n[\s\S]*?^  words: (.+)$/m.exec(quotes)!;
    const words = first[2]!;
    await until('/zh-hans/quotes/', (html) => html.includes(words), 'the first quotation before the edit');
    // Remove the first entry: its words leave the quote index.
    edit('quotes.yaml', (t) => t.slice(t.indexOf('\n- id:', 1) + 1));
    await until('/zh-hans/quotes/', (html) => !html.includes(words), `quotation ${first[1]} removed`);
  });

  test('the id registry', async () => {
    edit('paragraph-ids.json', (t) => {
      const registry = JSON.parse(t);
      registry['international-voices'].aliases = { ...registry['international-voices'].aliases, 'p-dev-loop': 'p1' };
      return `${JSON.stringify(registry, null, 2)}\n`;
    });
    await until('/zh-hans/reports/international-voices/', (html) => html.includes('id="p-dev-loop"'), 'the new alias anchor');
  });

  test('broken content: the readable problem list, and the last valid content keeps being served', async () => {
    edit('reports/international-voices.md', (t) => t.replace(/^summary: 开发循环测试。/m, 'summary: <script>x</script>开发循环测试。'));
    const started = Date.now();
    while (!output.includes('problem: summary holds HTML markup') && Date.now() - started < SHOW_WITHIN_MS)
      await new Promise((resolve) => setTimeout(resolve, 250));
    expect(output).toContain("The archive's content has 1 problem(s)");
    expect(output).toMatch(/reports\/international-voices\.md\n\s+field: summary\n\s+problem: summary holds HTML markup/);
    expect(output).not.toContain('Browser APIs');
    const html = await page('/zh-hans/reports/international-voices/');
    expect(html).toContain('开发循环测试。');
    expect(html).not.toContain('<script>x</script>');
  });

  test('the search page says search needs a build', async () => {
    const html = await page('/zh-hans/search/');
    expect(html).toContain('开发服务器没有搜索索引：索引在构建时生成。请运行 npm start');
    expect(html).not.toContain('search-page.ts');
  });
});
