/**
 * The build steps after Astro (src/build/), each on a small built site written here: the reports' downloads from
 * their bundles, relative URLs and their guard with the 404 page's transform, and the sharded search index, which
 * closes Pagefind when a shard fails.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { selfContainedNotFoundPage } from '../../src/build/not-found-page.ts';
import { relocateDist } from '../../src/build/relocate.ts';
import { writeReportDownloads } from '../../src/build/report-downloads.ts';
import { buildSearchIndex } from '../../src/build/search-index.ts';
import { indexedPages, pagefindBinary } from '../../src/build/search-index-shard.ts';
import { contentSecurityPolicy, cspHash } from '../../src/lib/publish/csp.ts';
import { DOWNLOAD_BUNDLES_DIR } from '../../src/lib/publish/download-bundle.ts';
import { NOT_FOUND_SCRIPT } from '../../src/lib/publish/not-found.ts';
import { buildLeftovers } from '../../scripts/build-leftovers.mjs';

const sites: string[] = [];
afterEach(() => {
  for (const dir of sites.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A built site from { path: text }. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-steps-'));
  sites.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (policy: string, head: string, body: string, lang = 'zh-Hans') =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta http-equiv="Content-Security-Policy" content="${policy}">${head}</head><body>${body}</body></html>`;

describe("the reports' downloads, written from their bundles", () => {
  const bundle = (files: Record<string, string>) => JSON.stringify({ files });

  it('writes every file of every bundle byte for byte, removes the bundles, and leaves nothing to publish', async () => {
    const bib = '@article{a,\n  title = {和睦},\n}\n';
    const dist = site({
      'zh-hans/reports/a/index.html': '<p>a</p>',
      'zh-tw/reports/a/index.html': '<p>a</p>',
      'zh-hans/reports/b/index.html': '<p>b</p>',
      [`${DOWNLOAD_BUNDLES_DIR}/a.json`]: bundle({ 'zh-hans/reports/a/citation.bib': bib, 'zh-tw/reports/a/text.txt': '「和睦」\r\n' }),
      [`${DOWNLOAD_BUNDLES_DIR}/b.json`]: bundle({ 'zh-hans/reports/b/citation.ris': 'TY  - NEWS\r\nER  - \r\n' }),
    });
    expect(writeReportDownloads(dist)).toEqual({ reports: 2, files: 3 });
    expect(readFileSync(join(dist, 'zh-hans/reports/a/citation.bib'), 'utf8')).toBe(bib);
    expect(readFileSync(join(dist, 'zh-tw/reports/a/text.txt'), 'utf8')).toBe('「和睦」\r\n');
    expect(readFileSync(join(dist, 'zh-hans/reports/b/citation.ris'), 'utf8')).toBe('TY  - NEWS\r\nER  - \r\n');
    expect(readdirSync(dist)).not.toContain(DOWNLOAD_BUNDLES_DIR);
    expect(buildLeftovers(dist, [])).toEqual([]);
  });

  it('does nothing on a build with no bundles', async () => {
    expect(writeReportDownloads(site({ 'index.html': '<p></p>' }))).toEqual({ reports: 0, files: 0 });
  });

  it.each([
    ['not JSON', '{"files": ', /build-downloads\/a\.json is not JSON/],
    ['without files', '{"file": {}}', /build-downloads\/a\.json: it holds no "files" object; rebuild/],
    ['a file with no text', bundle({ 'zh-hans/reports/a/x.txt': 3 } as never), /the file "zh-hans\/reports\/a\/x\.txt" has no text/],
    ['a path outside the site', bundle({ '../escape.txt': 'x' }), /the path "\.\.\/escape\.txt" is not a file path inside the site/],
    ['a root path', bundle({ '/etc/x': 'x' }), /the path "\/etc\/x" is not a file path inside the site/],
    [
      'a file the build already holds',
      bundle({ 'zh-hans/reports/a/index.html': 'x' }),
      /writes zh-hans\/reports\/a\/index\.html, which the build already holds/,
    ],
  ])('fails naming the bundle and what is wrong: %s', async (_, text, message) => {
    const dist = site({ 'zh-hans/reports/a/index.html': '<p>a</p>', [`${DOWNLOAD_BUNDLES_DIR}/a.json`]: text });
    expect(() => writeReportDownloads(dist)).toThrow(message);
    expect(readFileSync(join(dist, 'zh-hans/reports/a/index.html'), 'utf8')).toBe('<p>a</p>');
  });

  it('fails when two bundles write the same file', async () => {
    const dist = site({
      [`${DOWNLOAD_BUNDLES_DIR}/a.json`]: bundle({ 'zh-hans/reports/a/text.txt': 'a' }),
      [`${DOWNLOAD_BUNDLES_DIR}/b.json`]: bundle({ 'zh-hans/reports/a/text.txt': 'b' }),
    });
    expect(() => writeReportDownloads(dist)).toThrow(/writes zh-hans\/reports\/a\/text\.txt, which another bundle wrote too/);
  });

  it('a build whose bundles were left behind is not published', () => {
    const dist = site({ 'index.html': '<p></p>', [`${DOWNLOAD_BUNDLES_DIR}/a.json`]: bundle({}) });
    expect(buildLeftovers(dist, [])).toEqual([
      `${DOWNLOAD_BUNDLES_DIR}/: the downloads' bundles, which the build step writes out and removes, not part of the site`,
    ]);
  });
});

describe('relative URLs, the 404 page and their guard', () => {
  it('rewrites every page, makes the 404 page self-contained under its own hashes, and passes', async () => {
    const notFound = page(
      contentSecurityPolicy([await cspHash(NOT_FOUND_SCRIPT)]),
      '<link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml">',
      `<a href="/zh-hans/">home</a><script>${NOT_FOUND_SCRIPT}</script>`,
    );
    const dist = site({
      '404.html': notFound,
      'zh-hans/reports/a/index.html': page(
        contentSecurityPolicy(),
        '<link rel="stylesheet" href="/_astro/site.css">',
        '<a data-cite-page="/zh-hans/reports/a/cite/" href="/zh-hans/">x</a>',
      ),
      '_astro/site.css': 'body{margin:0}',
      'favicon.svg': '<svg/>',
    });
    await expect(relocateDist(dist, [selfContainedNotFoundPage])).resolves.toEqual({ changed: 2 });
    const article = readFileSync(join(dist, 'zh-hans/reports/a/index.html'), 'utf8');
    expect(article).toContain('href="../../../_astro/site.css"');
    expect(article).toContain('data-cite-page="cite/"');
    const inlined = readFileSync(join(dist, '404.html'), 'utf8');
    expect(inlined).toContain('<style>body{margin:0}</style>');
    expect(inlined).toContain(`'${await cspHash('body{margin:0}')}'`);
    expect(inlined).toContain('data-archive-probe="_astro/site.css"');
    expect(inlined).toContain('href="zh-hans/"');
  });

  it('fails naming the page when inline code is not allowed by that page’s policy, whatever the page is called', async () => {
    const dist = site({
      '404.html': page(contentSecurityPolicy(), '', `<script>${NOT_FOUND_SCRIPT}</script>`),
      'en/index.html': page(contentSecurityPolicy([await cspHash('go()')]), '', '<script>go()</script><p onclick="go()"></p>', 'en'),
    });
    const failure = relocateDist(dist);
    await expect(failure).rejects.toThrow(/404\.html: inline <script> would be blocked/);
    await expect(failure).rejects.toThrow(/en\/index\.html: event handler attribute onclick would be blocked/);
    await expect(failure).rejects.not.toThrow(/en\/index\.html: inline <script>/);
  });

  it('checks pages in worker threads and lists every problem in page order, whichever thread found it', async () => {
    const pages = Object.fromEntries(
      ['a', 'b', 'c', 'd', 'e'].map((name) => [
        `zh-hans/${name}/index.html`,
        page(contentSecurityPolicy(), '', `<p onclick="go(${name})"></p>`),
      ]),
    );
    const message = await relocateDist(site(pages), [], 2).then(
      () => '',
      (e: Error) => e.message,
    );
    const named = [...message.matchAll(/zh-hans\/(\w)\/index\.html/g)].map((m) => m[1]);
    expect(named).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('reads pages byte for byte: Chinese text comes back as it was, hashes and messages are the text’s own', async () => {
    const script = 'document.title = "峰会";';
    // 丠 is E4 B8 A0 in UTF-8: its last byte read alone is U+00A0, which \s would take for a space.
    const body = `<p title="丠href=&quot;x&quot;">丠href="/zh-hans/" 峰会</p><a href="/zh-hans/">中亚</a><script>${script}</script>`;
    const dist = site({
      'zh-hans/a/index.html': page(contentSecurityPolicy([await cspHash(script)]), '', body),
      'zh-hans/b/index.html': page(contentSecurityPolicy(), '', '<p style="color:红">丠onclick=x</p>'),
    });
    const message = await relocateDist(dist, [], 2).then(
      () => '',
      (e: Error) => e.message,
    );
    const rewritten = readFileSync(join(dist, 'zh-hans/a/index.html'), 'utf8');
    expect(rewritten).toBe(
      page(contentSecurityPolicy([await cspHash(script)]), '', body.replace('<a href="/zh-hans/">', '<a href="../">')),
    );
    expect(message).not.toContain('zh-hans/a/');
    expect(message).toContain('zh-hans/b/index.html: style attribute "color:红" would be blocked');
    expect(message).not.toContain('onclick');
  });

  it('fails on a root path in JavaScript, naming the file', async () => {
    const dist = site({ 'index.html': page(contentSecurityPolicy(), '', ''), '_astro/a.js': 'import("/_astro/b.js")' });
    await expect(relocateDist(dist)).rejects.toThrow('_astro/a.js: "/_astro/b.js" points at the host root');
  });
});

describe('the search index in shards', { timeout: 60_000 }, () => {
  const report = (slug: string, text: string, lang?: string) =>
    page(contentSecurityPolicy(), `<title>${slug}</title>`, `<main data-pagefind-body><p>${text}</p></main>`, lang);
  /** Each report's text export, where the index step reads its date (the first is the newest unless told). */
  const exports = (newestFirst = ['alpha', 'beta', 'gamma', 'delta']) =>
    Object.fromEntries(
      newestFirst.map((slug, i) => [
        `data/reports/${slug}.json`,
        JSON.stringify({ format: 'summit-archive-report-text', slug, published: `2025-06-${20 - i}T10:00:00+08:00` }),
      ]),
    );
  const fourReports = (newestFirst?: string[]) =>
    site({
      ...exports(newestFirst),
      'zh-hans/reports/alpha/index.html': report('alpha', '中亚峰会在阿斯塔纳举行'),
      'zh-hans/reports/beta/index.html': report('beta', '合作共赢的新起点'),
      'zh-hans/reports/gamma/index.html': report('gamma', '元首会谈成果丰硕'),
      'zh-hans/reports/delta/index.html': report('delta', '丝绸之路焕发新活力'),
      'en/reports/alpha/index.html': report('alpha', 'The summit in Astana', 'en'),
      'en/reports/beta/index.html': report('beta', 'A new starting point', 'en'),
      'zh-tw/reports/alpha/index.html': report('alpha', '中亞峰會在阿斯塔納舉行', 'zh-Hant-TW'),
      'zh-tw/reports/beta/index.html': report('beta', '合作共贏的新起點', 'zh-Hant-TW'),
    });
  const languages = (dist: string, bundle: string) =>
    Object.keys((JSON.parse(readFileSync(join(dist, bundle, 'pagefind-entry.json'), 'utf8')) as { languages: object }).languages);

  it('indexes the primary in every indexed locale and the rest in one-locale shards, two at a time, the merged ones keeping only index data', async () => {
    const dist = fourReports();
    const done: number[] = [];
    // One report per shard: alpha in the primary; Chinese shards hold two, English ones four (LOCALE_SHARD_FACTOR).
    // Beyond one shard the Traditional pages are not indexed: their search pages search the Simplified index.
    const result = await buildSearchIndex(dist, { perShard: 1, jobs: 2, onShard: (k) => done.push(k) });
    expect(result).toEqual({ pages: 6, shards: 4, bundles: ['pagefind/', 'pagefind-zh-hans-2/', 'pagefind-zh-hans-3/', 'pagefind-en-2/'] });
    expect(done.sort()).toEqual([1, 2, 3, 4]);
    expect(languages(dist, 'pagefind/').sort()).toEqual(['en', 'zh-hans']);
    expect(languages(dist, 'pagefind-zh-hans-2/')).toEqual(['zh-hans']);
    expect(languages(dist, 'pagefind-en-2/')).toEqual(['en']);
    expect(readdirSync(join(dist, 'pagefind'))).toContain('pagefind.js');
    for (const bundle of result.bundles.slice(1)) {
      expect(readdirSync(join(dist, bundle))).toContain('pagefind-entry.json');
      expect(readdirSync(join(dist, bundle))).not.toContain('pagefind.js');
    }
  });

  it('puts the newest reports in the primary, by the dates in their text exports, and says which export is missing', async () => {
    const dist = fourReports(['delta', 'gamma', 'beta', 'alpha']);
    await buildSearchIndex(dist, { perShard: 1, jobs: 2 });
    const primaryText = readdirSync(join(dist, 'pagefind', 'fragment'))
      .map((f) => gunzipSync(readFileSync(join(dist, 'pagefind', 'fragment', f))).toString('utf8'))
      .join('\n');
    expect(primaryText).toContain('"url":"/zh-hans/reports/delta/"');
    expect(primaryText).not.toContain('/reports/alpha/');
    const undated = fourReports();
    rmSync(join(undated, 'data', 'reports', 'gamma.json'));
    await expect(buildSearchIndex(undated, { perShard: 1, jobs: 2 })).rejects.toThrow(
      /data\/reports\/gamma\.json: missing, so report "gamma" has no date to shard by; rebuild the archive/,
    );
  });

  it('indexes every locale, Traditional too, when the archive fits in one shard', async () => {
    const dist = fourReports();
    const result = await buildSearchIndex(dist, { perShard: 4, jobs: 2 });
    expect(result).toEqual({ pages: 8, shards: 1, bundles: ['pagefind/'] });
    expect(languages(dist, 'pagefind/').sort()).toEqual(['en', 'zh-hans', 'zh-hant-tw']);
  });

  it("reads the page count from Pagefind's summary, and finds its indexer or says how to install it", () => {
    const summary = 'Language zh-hans:\n  Indexed 3 pages\nTotal: \n  Indexed 2 languages\n  Indexed 412 pages\n  Indexed 5867 words';
    expect(indexedPages(summary)).toBe(412);
    expect(indexedPages('Indexed 1 page')).toBe(1);
    expect(indexedPages('Error: nothing')).toBeNull();
    expect(pagefindBinary({ PAGEFIND_EXTENDED_BINARY_PATH: '/opt/pagefind_extended' })).toBe('/opt/pagefind_extended');
    expect(existsSync(pagefindBinary({}))).toBe(true);
  });

  it('fails naming the shard when one cannot be written, with no Pagefind process left running', async () => {
    const dist = fourReports();
    // A file where shard 2's bundle folder goes: Pagefind cannot write there.
    writeFileSync(join(dist, 'pagefind-zh-hans-2'), 'not a folder');
    await expect(buildSearchIndex(dist, { perShard: 1, jobs: 2 })).rejects.toThrow(/shard 2 of 4/);
    const children = readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .map((p) => {
        try {
          return readFileSync(`/proc/${p}/stat`, 'utf8');
        } catch {
          return '';
        }
      })
      .filter((stat) => /\(pagefind/.test(stat) && Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === process.pid);
    expect(children).toEqual([]);
  });
});
