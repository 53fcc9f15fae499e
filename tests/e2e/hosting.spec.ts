/**
 * The hosting matrix: the same dist/ served by real static servers started from README's recipe files
 * (docs/hosting/: nginx, Apache with a virtual host and with .htaccess, Caddy, lighttpd, busybox httpd,
 * Python), at the root of a site and under /mirror/summit-archive/.
 *
 * On every server and mount, a smoke set in the browser — the home page, an article, a search landing on a
 * paragraph (from a slash-less …/search?q= link), a missing URL at depth 3, a feed, a citation file — with no
 * request leaving the origin, none failing and no console error; and over HTTP: the Content-Type and charset
 * of every kind of file, compression, and the query kept through a folder redirect.
 * ONE server and mount gets the full crawl: every page reached by its links over HTTP (links, scripts, images,
 * anchors and CSP read from the served HTML, no browser), then the pages loaded in the browser (every type; see
 * BROWSER_PAGES) in shares that workers run side by side (no failed or outside request, no console error, and the
 * links its scripts add resolve); the feeds and sitemap.
 */
import { request as httpRequest } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { distFileOf, distIds, readPage } from './hosting/crawl.ts';
import { QUERY } from './pages.ts';
import { type RunningServer, type ServerKind, SERVER_KINDS, SUB_PATH, serverVersion, startServer } from './hosting/servers.ts';

/** The deployer's site URL, if this build was given one (the default build has none: no sitemap, relative feeds). */
const SITE = process.env.ARCHIVE_SITE_URL?.replace(/\/?$/, '/');
const FIRST_PORT = Number(process.env.E2E_PORT ?? 4399) + 1;
const MOUNTS = ['/', SUB_PATH];
const MATRIX = SERVER_KINDS.flatMap((kind) => MOUNTS.map((mount) => ({ kind, mount })));
/** The one server and mount that gets the full crawl. */
const CRAWLED = { kind: 'nginx' as ServerKind, mount: SUB_PATH };
/** Servers whose recipe compresses, and the encoding they pick when the browser accepts brotli and gzip. */
const COMPRESSION: Partial<Record<ServerKind, RegExp>> = {
  nginx: /^br$/,
  apache: /^br$/,
  'apache-htaccess': /^br$/,
  lighttpd: /^br$/,
  caddy: /^(gzip|zstd)$/,
};
/** What a recipe cannot do on its server: busybox httpd types files by extension only, like sitemap.xml. */
const FEED_TYPE: Partial<Record<ServerKind, RegExp>> = { busybox: /^application\/xml/ };
const DIST = 'dist';

/** dist/ files, as paths relative to it. */
const distFiles = (() => {
  const all = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(DIST, f)).isFile());
  return all.map((f) => relative(DIST, join(DIST, f)));
})();
const firstFile = (test: (f: string) => boolean) => distFiles.filter(test).sort()[0];
/** Every page the archive publishes (the 404 page is shown for misses, never linked). */
const PAGES = distFiles.filter((f) => f.endsWith('.html') && f !== '404.html').sort();
/**
 * The pages the browser pass loads: every page but the people and place entries, and every tenth entry in each
 * locale. Entries are most of the site (one template, no script but the language switcher's); the HTTP crawl
 * checks every one's links, anchors, scripts, images and policy.
 */
const isEntry = (file: string) => /^[^/]+\/people\/[^/]+\/index\.html$/.test(file);
const BROWSER_PAGES = PAGES.filter((file) => {
  if (!isEntry(file)) return true;
  const locale = file.split('/')[0];
  return PAGES.filter((f) => isEntry(f) && f.startsWith(`${locale}/`)).indexOf(file) % 10 === 0;
});

/** What each kind of file must be served as (only kinds this build has are checked). */
const TYPES: { what: string; file: string | undefined; type: RegExp; utf8: boolean }[] = [
  { what: 'an HTML page', file: 'index.html', type: /^text\/html/, utf8: true },
  { what: 'a stylesheet', file: firstFile((f) => f.endsWith('.css')), type: /^text\/css/, utf8: true },
  {
    what: 'a script',
    file: firstFile((f) => f.startsWith('_astro/') && f.endsWith('.js')),
    type: /^(text|application)\/javascript/,
    utf8: true,
  },
  { what: 'an Atom feed', file: firstFile((f) => f.endsWith('/feed.xml')), type: /^application\/atom\+xml/, utf8: true },
  { what: 'the sitemap', file: firstFile((f) => f === 'sitemap.xml'), type: /^(application|text)\/xml/, utf8: true },
  { what: 'a BibTeX file', file: firstFile((f) => f.endsWith('.bib')), type: /^(text|application)\/x-bibtex/, utf8: true },
  { what: 'an RIS file', file: firstFile((f) => f.endsWith('.ris')), type: /^application\/x-research-info-systems/, utf8: true },
  {
    what: 'a JSON file',
    file: firstFile((f) => f.endsWith('.json') && !f.startsWith('pagefind/')),
    type: /^application\/json/,
    utf8: true,
  },
  // A report's plain-text export (Chinese, so its charset matters) when the build has one; robots.txt otherwise.
  {
    what: 'a text file',
    file: firstFile((f) => f.endsWith('.txt') && f !== 'robots.txt') ?? 'robots.txt',
    type: /^text\/plain/,
    utf8: true,
  },
  { what: 'an SVG image', file: firstFile((f) => f.endsWith('.svg')), type: /^image\/svg\+xml/, utf8: false },
];

/** The raw response to a GET: status, headers and body bytes as sent (no decompression). */
function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: number }>((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Watch a page for requests to other origins, failed requests and console errors. With `missingDocument`, the
 * page itself may answer 404 (Chromium logs that status as a console error too); nothing else may fail.
 */
function watch(page: Page, origin: string, { missingDocument = false } = {}) {
  const problems: string[] = [];
  // Chromium asks the host root for /favicon.ico when a document declares no icon (a .bib shown as text);
  // the archive never links it, and under a sub-path that folder is not the archive's.
  const browserOwn = (url: string) => url === `${origin}/favicon.ico`;
  const documents = new Set<string>();
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['http:', 'https:'].includes(url.protocol)) return;
    if (url.origin !== origin) problems.push(`external request ${req.url()}`);
  });
  page.on('requestfailed', (req) => {
    // Chromium aborts a page's pending favicon fetch when the test navigates on; HTTP errors are caught below.
    if (req.failure()?.errorText === 'net::ERR_ABORTED' && req.resourceType() !== 'document') return;
    problems.push(`failed request ${req.url()}: ${req.failure()?.errorText}`);
  });
  page.on('response', (res) => {
    if (browserOwn(res.url())) return;
    if (missingDocument && res.request().isNavigationRequest() && res.status() === 404) return void documents.add(res.url());
    if (res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.request().method()} ${res.url()}`);
  });
  page.on('console', (msg) => {
    const at = msg.location().url;
    if (browserOwn(at) || documents.has(at)) return;
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()} (${at})`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  return problems;
}

const stripHash = (url: string) => url.replace(/#.*$/, '');
const styled = (page: Page) => page.evaluate(() => getComputedStyle(document.body).margin !== '8px');

for (const [index, { kind, mount }] of MATRIX.entries()) {
  test.describe(`${kind} (${serverVersion(kind)}) serving dist/ at ${mount}`, () => {
    // One server per group: its tests share it, in order, in one worker.
    test.describe.configure({ mode: 'default' });
    let server: RunningServer;
    let origin: string;
    const port = FIRST_PORT + index;
    test.beforeAll(async () => {
      server = await startServer(kind, DIST, port, mount);
      origin = new URL(server.base).origin;
    });
    test.afterAll(async () => {
      await server?.stop();
    });

    test('smoke: home, an article, its citation file, a feed', async ({ page }) => {
      const problems = watch(page, origin);
      expect((await page.goto(server.base))?.status()).toBe(200);
      expect(await styled(page), 'the home page is styled').toBe(true);
      await page.goto(`${server.base}zh-hans/`);
      const article = await page
        .locator('main a[href*="reports/"]')
        .first()
        .evaluate((a) => (a as HTMLAnchorElement).href);
      expect(article.startsWith(server.base), article).toBe(true);
      expect((await page.goto(article))?.status()).toBe(200);
      expect(await styled(page), 'the article is styled').toBe(true);
      await expect(page.locator('main p[data-para]').first()).toBeVisible();

      // The citation file reads right in the browser: its UTF-8 text is decoded as UTF-8.
      const bib = await page
        .locator('a[href$="citation.bib"]')
        .first()
        .evaluate((a) => (a as HTMLAnchorElement).href);
      const bibFile = join(DIST, new URL(bib).pathname.slice(mount.length));
      const expected = readFileSync(bibFile, 'utf8');
      const res = await page.goto(bib);
      expect(res?.status()).toBe(200);
      const shown = await page.evaluate(() => document.body.innerText);
      expect(shown.trim(), `${bib} as the browser shows it`).toBe(expected.trim());

      const feed = await page.request.get(`${server.base}zh-hans/feed.xml`);
      expect(feed.status()).toBe(200);
      expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
      expect(problems).toEqual([]);
    });

    test('smoke: a slash-less search link lands on the paragraph it finds', async ({ page }) => {
      const problems = watch(page, origin);
      // A shared link without the folder's slash: the server's redirect must keep the query.
      await page.goto(`${server.base}zh-tw/search?q=${encodeURIComponent(QUERY)}`);
      expect(new URL(page.url()).pathname).toBe(`${mount}zh-tw/search/`);
      await expect(page.locator('#search-q')).toHaveValue(QUERY);
      const first = page.locator('[data-search-results] a').first();
      await expect(first).toHaveAttribute('href', /reports\/[^/]+\/\?hl=.*#[\w-]+$/);
      const [, slug, id] = /reports\/([^/]+)\/.*#([\w-]+)$/.exec((await first.getAttribute('href'))!)!;
      await first.click();
      expect(new URL(page.url()).pathname).toBe(`${mount}zh-tw/reports/${slug}/`);
      await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('data-search-hit', /^[1-9]/);
      expect(problems).toEqual([]);
    });

    test('smoke: a missing URL at depth 3 gets the styled 404 page, quietly, with links into the archive', async ({ page }) => {
      const problems = watch(page, origin, { missingDocument: true });
      const res = await page.goto(`${server.base}zh-hans/reports/no-such-report/deeper/page.html`);
      expect(res?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('data-archive-root', mount);
      expect(await styled(page), 'the 404 page is styled at depth').toBe(true);
      const english = await page
        .locator('main a[hreflang=en]')
        .first()
        .evaluate((a) => (a as HTMLAnchorElement).href);
      expect(english).toBe(`${server.base}en/`);
      expect(problems).toEqual([]);
    });

    test('a missing URL outside the archive tree finds the root within the bound, probing only folders above it', async ({ page }) => {
      const problems = watch(page, origin, { missingDocument: true });
      const res = await page.goto(`${server.base}no/such/page`);
      expect(res?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('data-archive-root', mount);
      // The top of the site is tried first: at the root that is the archive; under a sub-path each folder
      // above it answers 404 (or 403 where the server denies it) once: a logged error the page cannot avoid
      // without knowing the sub-path.
      const above = mount === '/' ? [] : ['/', '/mirror/'];
      const probeFailures = above.map((dir) => expect.stringMatching(new RegExp(`^HTTP 40[34] for HEAD ${origin}${dir}_astro/`)));
      expect(problems.filter((p) => !p.startsWith('console error: Failed to load resource'))).toEqual(probeFailures);
    });

    test('types, charsets, compression and folder redirects over HTTP', async () => {
      for (const { what, file, type: usual, utf8 } of TYPES) {
        if (!file) continue;
        const type = (what === 'an Atom feed' && FEED_TYPE[kind]) || usual;
        const res = await rawGet(server.base + file);
        const contentType = String(res.headers['content-type'] ?? '');
        expect(res.status, `${what} (${file})`).toBe(200);
        expect(contentType, `${what} (${file}) type`).toMatch(type);
        if (utf8) expect(contentType.replace(/\s/g, '').toLowerCase(), `${what} (${file}) charset`).toContain('charset=utf-8');
      }
      const expected = COMPRESSION[kind];
      const article = firstFile((f) => /^zh-hans\/reports\/[^/]+\/index\.html$/.test(f))!;
      const compressible = [
        article,
        firstFile((f) => f === 'sitemap.xml'),
        TYPES[1]!.file!,
        firstFile((f) => f.endsWith('/feed.xml'))!,
      ].filter((f): f is string => f !== undefined);
      for (const file of compressible) {
        const plain = await rawGet(server.base + file);
        const packed = await rawGet(server.base + file, { 'accept-encoding': 'br, gzip' });
        const encoding = packed.headers['content-encoding'];
        if (!expected) {
          expect(encoding, `${kind} has no compression (README says so)`).toBeUndefined();
          continue;
        }
        expect(String(encoding), `${file} is compressed`).toMatch(expected);
        expect(packed.bytes, `${file}: ${plain.bytes} bytes raw`).toBeLessThan(plain.bytes / 2);
        const gzipOnly = await rawGet(server.base + file, { 'accept-encoding': 'gzip' });
        expect(gzipOnly.headers['content-encoding'], `${file} with gzip only`).toBe('gzip');
        const measured = `${file}: ${plain.bytes} raw, ${packed.bytes} ${encoding}, ${gzipOnly.bytes} gzip`;
        test.info().annotations.push({ type: 'bytes', description: measured });
      }
      for (const folder of ['zh-hans/search', 'en/about']) {
        const res = await rawGet(`${server.base}${folder}?q=${encodeURIComponent('峰会')}`);
        expect(res.status, `${folder}?q= redirects`).toBeGreaterThanOrEqual(301);
        expect(res.status).toBeLessThanOrEqual(308);
        const location = new URL(String(res.headers.location), server.base);
        expect(location.origin).toBe(origin);
        expect(location.pathname + location.search, `${folder}?q= keeps its query`).toBe(
          `${mount}${folder}/?q=${encodeURIComponent('峰会')}`,
        );
      }
    });

    if (kind !== CRAWLED.kind || mount !== CRAWLED.mount) return;

    test('full crawl over HTTP: every page is reached by its links, answers 200 with a CSP, and every internal link and anchor resolves', async () => {
      // Every page of the archive (four locales, and a page per index entry) in one crawl of the served HTML;
      // the browser loads each of them in the shared tests below. Problems are collected and compared once:
      // tens of thousands of links make one expect() each slow.
      test.setTimeout(600_000);
      const problems: string[] = [];
      const queue = [server.base];
      const visited = new Set<string>();
      const ids = new Map<string, Set<string>>();
      const anchors: { from: string; target: string; id: string }[] = [];
      const otherResources = new Set<string>();
      const read = async (url: string) => {
        const response = await fetch(url);
        return { url, status: response.status, found: readPage(await response.text(), url) };
      };
      while (queue.length) {
        // Level by level, a few pages at a time: the server and the parser work side by side.
        const level = [...new Set(queue.splice(0))].filter((url) => !visited.has(url));
        for (const url of level) visited.add(url);
        const pages: Awaited<ReturnType<typeof read>>[] = [];
        for (let i = 0; i < level.length; i += 8) pages.push(...(await Promise.all(level.slice(i, i + 8).map(read))));
        for (const { url, status, found } of pages) {
          // A page that is not there is named, and its links (a 404 page's, relative to a missing folder) not followed.
          if (status !== 200) {
            problems.push(`${url} answers ${status}`);
            continue;
          }
          if (found.csp !== 1) problems.push(`${url} declares ${found.csp} CSP meta elements, not 1`);
          ids.set(url, new Set(found.ids));
          for (const { tag, rel, href } of found.links) {
            const target = new URL(href);
            // Canonical, hreflang and Open Graph URLs are absolute on the published site, by design.
            if (target.origin !== origin) {
              if (rel !== 'canonical' && rel !== 'alternate')
                problems.push(`${url} links outside the origin other than canonical/hreflang: ${href}`);
              else if (!SITE || !href.startsWith(SITE)) problems.push(`${url} links ${href}, which is not on the site URL`);
              continue;
            }
            if (!target.pathname.startsWith(mount)) problems.push(`${url} links outside the archive: ${href}`);
            if (target.hash.length > 1) anchors.push({ from: url, target: stripHash(href), id: decodeURIComponent(target.hash.slice(1)) });
            const clean = stripHash(href);
            if ((tag === 'A' || tag === 'FORM') && (clean.endsWith('/') || clean.endsWith('.html'))) queue.push(clean);
            else otherResources.add(clean);
          }
        }
      }
      // Every built page is reached by links (so the browser pass, which loads dist/'s pages, loads these).
      const reached = new Set([...visited].map((url) => distFileOf(url, server.base)));
      for (const file of PAGES.filter((f) => !reached.has(f))) problems.push(`${file} is reached by no link from the home page`);
      for (const url of otherResources) {
        const res = await fetch(url, { method: 'HEAD' });
        if (res.status !== 200) problems.push(`${url} answers ${res.status}`);
      }
      for (const { from, target, id } of anchors) {
        if (!ids.get(target)?.has(id)) problems.push(`#${id} does not exist on ${target} (linked from ${from})`);
      }
      expect(problems).toEqual([]);
      expect(anchors.length, 'the crawl checked the paragraphs’ anchors').toBeGreaterThan(PAGES.length);
    });

    test('full crawl: feeds and the sitemap parse as XML and list the right URLs', async ({ page }) => {
      await page.goto(server.base);
      const paths = await page.evaluate(async (withSitemap) => {
        const parse = async (url: string) => {
          const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
          if (doc.querySelector('parsererror')) throw new Error(`${url} is not well-formed XML`);
          return doc;
        };
        const sitemap = withSitemap ? await parse('sitemap.xml') : undefined;
        const robots = await (await fetch('robots.txt')).text();
        const feeds: Record<string, string[]> = {};
        for (const link of document.querySelectorAll('link[type="application/atom+xml"]')) {
          const feedUrl = (link as HTMLLinkElement).href;
          const doc = await parse(feedUrl);
          // The locale code is the feed's folder: …/<code>/feed.xml. Entry links resolve against the feed.
          feeds[new URL(feedUrl).pathname.split('/').at(-2)!] = [...doc.querySelectorAll('entry > link[rel=alternate]')].map(
            (l) => new URL(l.getAttribute('href')!, feedUrl).href,
          );
        }
        return {
          locs: sitemap ? [...sitemap.getElementsByTagName('loc')].map((l) => l.textContent!) : [],
          alternates: sitemap ? sitemap.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link').length : 0,
          robots,
          feeds,
        };
      }, !!SITE);
      if (SITE) {
        expect(paths.robots).toContain(`Sitemap: ${SITE}sitemap.xml`);
        expect(paths.locs).toContain(SITE);
        for (const code of ['zh-hans', 'zh-tw', 'zh-hk', 'en']) {
          expect(paths.locs).toContain(`${SITE}${code}/`);
          expect(paths.locs).toContain(`${SITE}${code}/about/`);
        }
        expect(paths.alternates).toBeGreaterThan(0);
      } else {
        // Without a site URL there is no sitemap (it needs absolute URLs), and robots.txt says so.
        expect(paths.robots).toContain('No sitemap');
        expect(paths.robots).not.toContain('Sitemap:');
        expect((await page.request.get(`${server.base}sitemap.xml`)).status()).toBe(404);
      }
      expect(Object.keys(paths.feeds).sort()).toEqual(['en', 'zh-hans', 'zh-hk', 'zh-tw']);
      for (const [code, entries] of Object.entries(paths.feeds)) {
        expect(entries.length, `${code} feed lists the reports`).toBeGreaterThanOrEqual(2);
        for (const entry of entries) {
          const base = SITE ?? server.base;
          expect(entry.startsWith(`${base}${code}/reports/`), entry).toBe(true);
          // Every feed entry is a page of the sitemap (when there is one), and that page exists in this dist/.
          if (SITE) expect(paths.locs).toContain(entry);
          const res = await page.request.get(server.base + entry.slice(base.length));
          expect(res.status(), entry).toBe(200);
        }
      }
    });

    test('a path that leads nowhere stays on this origin, asks at most 10 times and links the top of the site', async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      const deep = Array.from({ length: 60 }, (_, i) => `x${i}`).join('/');
      for (const path of [`/${deep}/page`, `//evil.example/${deep}/`, `/%2F%2Fevil.example/${deep}/`, `/%5Cevil.example/${deep}/`]) {
        requests.length = 0;
        expect((await page.goto(origin + path))?.status(), path).toBe(404);
        await expect(page.locator('html')).toHaveAttribute('data-archive-root', '');
        await expect(page.locator('[data-archive-lost]')).toBeVisible();
        expect(
          await page
            .locator('[data-archive-lost] a')
            .first()
            .evaluate((a) => (a as HTMLAnchorElement).href),
        ).toBe(`${origin}/`);
        for (const url of requests) expect(new URL(url).origin, `${path} requested ${url}`).toBe(origin);
        expect(requests.length - 1, `${path}: probes beyond the page itself`).toBeLessThanOrEqual(10);
      }
    });
  });
}

/** How many tests share the browser pass over every page, so that workers can run them side by side. */
const PAGE_SHARDS = 2;
test.describe(`nginx (${serverVersion(CRAWLED.kind)}) serving dist/ at ${CRAWLED.mount}: the pages in the browser`, () => {
  // Each worker that runs a share starts its own server (ports after the matrix's and the lighttpd variant's).
  test.describe.configure({ mode: 'parallel' });
  let server: RunningServer;
  let origin: string;
  test.beforeAll(async ({}, info) => {
    expect(info.parallelIndex, 'hosting tests have 20 ports: at most 4 workers share the browser pass').toBeLessThan(4);
    server = await startServer(CRAWLED.kind, DIST, FIRST_PORT + MATRIX.length + 1 + info.parallelIndex, CRAWLED.mount);
    origin = new URL(server.base).origin;
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  for (let shard = 0; shard < PAGE_SHARDS; shard++) {
    test(`pages ${shard + 1}, ${shard + 1 + PAGE_SHARDS}, … load cleanly, and the links their scripts add resolve`, async ({ page }) => {
      test.setTimeout(600_000);
      const problems = watch(page, origin);
      const idsOf = distIds(DIST);
      const share = BROWSER_PAGES.filter((_, i) => i % PAGE_SHARDS === shard);
      let anchors = 0;
      for (const file of share) {
        const url = server.base + file.replace(/(^|\/)index\.html$/, '$1');
        const status = (await page.goto(url))?.status();
        if (status !== 200) problems.push(`${url} answers ${status}`);
        // After the page's scripts ran: what they add (paragraph tools link each paragraph's citation) must resolve too.
        const found = await page.evaluate(() => ({
          ids: [...document.querySelectorAll('[id]')]
            .map((e) => e.id)
            .concat([...document.querySelectorAll('a[name]')].map((e) => e.getAttribute('name')!)),
          links: [...document.querySelectorAll('a[href], link[href], form[action]')].map((e) => ({
            rel: e.getAttribute('rel') ?? '',
            href: e instanceof HTMLFormElement ? e.action : (e as HTMLAnchorElement).href,
          })),
        }));
        for (const { rel, href } of found.links) {
          const target = new URL(href);
          if (target.origin !== origin) {
            if (!(rel === 'canonical' || rel === 'alternate') || !SITE || !href.startsWith(SITE))
              problems.push(`${url} links outside: ${href}`);
            continue;
          }
          const targetFile = distFileOf(href, server.base);
          if (!targetFile || !existsSync(join(DIST, targetFile))) {
            problems.push(`${url} links ${href}, which is not a file of the archive's dist/`);
            continue;
          }
          if (target.hash.length < 2) continue;
          const id = decodeURIComponent(target.hash.slice(1));
          const ids = targetFile === file ? new Set(found.ids) : idsOf(targetFile);
          anchors++;
          if (!ids.has(id)) problems.push(`#${id} does not exist on ${targetFile} (linked from ${url})`);
        }
      }
      expect(problems).toEqual([]);
      expect(anchors, 'anchors checked').toBeGreaterThan(share.length);
    });
  }
});

test.describe('lighttpd answering misses with 200 (server.error-handler-404 instead of the recipe’s server.error-handler)', () => {
  test.describe.configure({ mode: 'default' });
  let server: RunningServer;
  test.beforeAll(async () => {
    server = await startServer('lighttpd', DIST, FIRST_PORT + MATRIX.length, SUB_PATH, [
      ['server.error-handler = ', 'server.error-handler-404 = '],
    ]);
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('the 404 page still finds the archive root, not a folder whose every file "exists"', async ({ page }) => {
    const origin = new URL(server.base).origin;
    const problems = watch(page, origin);
    for (const missing of ['zh-hans/reports/no-such-report/deeper/page.html', 'no/such/page']) {
      const res = await page.goto(server.base + missing);
      expect(res?.status(), 'this setting answers a miss with 200').toBe(200);
      await expect(page.locator('html')).toHaveAttribute('data-archive-root', SUB_PATH);
      const english = await page
        .locator('main a[hreflang=en]')
        .first()
        .evaluate((a) => (a as HTMLAnchorElement).href);
      expect(english).toBe(`${server.base}en/`);
    }
    // Every probe was answered 200 (the 404 page, not CSS, above the archive): nothing failed.
    expect(problems).toEqual([]);
  });
});
