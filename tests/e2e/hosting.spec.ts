/**
 * The hosting matrix: the same dist/ served by real static servers (Python's
 * http.server, nginx, busybox httpd), at the host root and under a sub-path.
 * On every page reachable by links: no request leaves the origin, none fails,
 * no console error; every internal link and #anchor resolves. Feeds and the
 * sitemap parse as XML and list the right URLs; the search bundle works.
 */
import { type Page, expect, test } from '@playwright/test';
import { type RunningServer, type ServerKind, SUB_PATH, startServer } from './hosting/servers.ts';

/** The deployer's site URL, if this build was given one (the default build has none: no sitemap, relative feeds). */
const SITE = process.env.ARCHIVE_SITE_URL?.replace(/\/?$/, '/');
const FIRST_PORT = Number(process.env.E2E_PORT ?? 4399) + 1;
const MATRIX: { kind: ServerKind; mount: string }[] = [
  { kind: 'python', mount: '/' },
  { kind: 'python', mount: SUB_PATH },
  { kind: 'nginx', mount: '/' },
  { kind: 'nginx', mount: SUB_PATH },
  { kind: 'busybox', mount: SUB_PATH },
];

/** Watch a page for requests to other origins, failed requests and console errors. */
function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['http:', 'https:'].includes(url.protocol)) return;
    if (url.origin !== origin) problems.push(`external request ${req.url()}`);
  });
  page.on('requestfailed', (req) => {
    // Chromium aborts a page's pending favicon fetch when the crawl navigates on; HTTP errors are caught below.
    if (req.failure()?.errorText === 'net::ERR_ABORTED' && req.resourceType() !== 'document') return;
    problems.push(`failed request ${req.url()}: ${req.failure()?.errorText}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  return problems;
}

const stripHash = (url: string) => url.replace(/#.*$/, '');

for (const [index, { kind, mount }] of MATRIX.entries()) {
  test.describe(`${kind} serving dist/ at ${mount}`, () => {
    let server: RunningServer;
    const port = FIRST_PORT + index;
    test.beforeAll(async () => {
      server = await startServer(kind, 'dist', port, mount);
    });
    test.afterAll(async () => {
      await server?.stop();
    });

    test('every page loads cleanly and every internal link and anchor resolves', async ({ page }) => {
      // Every page of the archive (four locales, and a page per index entry) in one crawl.
      test.setTimeout(300_000);
      const origin = new URL(server.base).origin;
      const problems = watch(page, origin);
      const queue = [server.base];
      const visited = new Set<string>();
      const ids = new Map<string, Set<string>>();
      const anchors: { from: string; target: string; id: string }[] = [];
      const otherResources = new Set<string>();
      while (queue.length) {
        const url = queue.shift()!;
        if (visited.has(url)) continue;
        visited.add(url);
        const response = await page.goto(url);
        expect(response?.status(), `${url} answers 200`).toBe(200);
        expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), `${url} declares a CSP`).toBe(1);
        const found = await page.evaluate(() => ({
          ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
          names: [...document.querySelectorAll('a[name]')].map((e) => e.getAttribute('name')!),
          links: [...document.querySelectorAll('a[href], link[href]')].map((e) => ({
            tag: e.tagName,
            rel: e.getAttribute('rel') ?? '',
            href: (e as HTMLAnchorElement).href,
          })),
        }));
        ids.set(url, new Set([...found.ids, ...found.names]));
        for (const { tag, rel, href } of found.links) {
          const target = new URL(href);
          // Canonical, hreflang and Open Graph URLs are absolute on the published site, by design.
          if (target.origin !== origin) {
            expect(rel === 'canonical' || rel === 'alternate', `${url} links outside the origin only for canonical/hreflang: ${href}`).toBe(
              true,
            );
            expect(SITE && href.startsWith(SITE), `${href} is on the site URL`).toBeTruthy();
            continue;
          }
          expect(target.pathname.startsWith(mount), `${url} links inside the archive: ${href}`).toBe(true);
          if (target.hash.length > 1) anchors.push({ from: url, target: stripHash(href), id: decodeURIComponent(target.hash.slice(1)) });
          const clean = stripHash(href);
          if (tag === 'A' && (clean.endsWith('/') || clean.endsWith('.html'))) queue.push(clean);
          else otherResources.add(clean);
        }
      }
      expect(visited.size, 'the crawl reaches every locale home and report').toBeGreaterThanOrEqual(13);
      for (const url of otherResources) {
        const res = await page.request.get(url);
        expect(res.status(), `${url} answers 200`).toBe(200);
      }
      for (const { from, target, id } of anchors) {
        expect(ids.get(target)?.has(id), `#${id} exists on ${target} (linked from ${from})`).toBe(true);
      }
      expect(problems).toEqual([]);
    });

    test('directory URLs work without the trailing slash', async ({ page }) => {
      const origin = new URL(server.base).origin;
      const problems = watch(page, origin);
      await page.goto(`${server.base}en/about`);
      expect(new URL(page.url()).pathname).toBe(`${mount}en/about/`);
      await expect(page.locator('link[rel=stylesheet]')).toHaveCount(1);
      expect(await page.evaluate(() => getComputedStyle(document.body).margin)).not.toBe('8px');
      expect(problems).toEqual([]);
    });

    test('feeds and the sitemap parse as XML and list the right URLs', async ({ page }) => {
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

    test('a missing URL at any depth gets the 404 page with working links', async ({ page }) => {
      test.skip(kind === 'python', "python's http.server answers misses with its own page, not 404.html");
      for (const missing of ['no-such-page', 'zh-hans/reports/no-such/deeper/page.html']) {
        const res = await page.goto(server.base + missing);
        expect(res?.status()).toBe(404);
        await expect(page.locator('html')).toHaveAttribute('data-archive-root', mount);
        const home = page.locator('a[hreflang=en]').first();
        const href = await home.evaluate((a) => (a as HTMLAnchorElement).href);
        expect(href).toBe(`${server.base}en/`);
        expect(await page.evaluate(() => getComputedStyle(document.body).margin)).not.toBe('8px');
      }
    });

    test('the search bundle loads and finds report pages that resolve here', async ({ page }) => {
      const problems = watch(page, new URL(server.base).origin);
      await page.goto(`${server.base}zh-hans/`);
      const urls = await page.evaluate(async () => {
        const bundle = new URL('../pagefind/pagefind.js', location.href).href;
        const pagefind = await import(bundle);
        // Result URLs are site-root paths; resolving them against the archive root keeps them under any sub-path.
        await pagefind.options({ baseUrl: new URL('../', location.href).pathname });
        await pagefind.init();
        const search = await pagefind.search('峰会');
        return Promise.all(search.results.slice(0, 3).map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
      });
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) {
        expect(url.startsWith(mount), url).toBe(true);
        expect((await page.request.get(new URL(url, server.base).href)).status(), url).toBe(200);
      }
      expect(problems).toEqual([]);
    });

    test('the search page finds a paragraph and its result lands on it here', async ({ page }) => {
      const problems = watch(page, new URL(server.base).origin);
      await page.goto(`${server.base}zh-tw/search/?q=${encodeURIComponent('连云港')}`);
      const first = page.locator('[data-search-results] a').first();
      await expect(first).toHaveAttribute('href', /international-voices\/\?hl=.*#s2-p5$/);
      await first.click();
      expect(new URL(page.url()).pathname).toBe(`${mount}zh-tw/reports/international-voices/`);
      // The words are marked in that paragraph (CSS Custom Highlight API in Chromium).
      await expect(page.locator('#s2-p5')).toHaveAttribute('data-search-hit', /^[1-9]/);
      const marked = await page.evaluate(() => [...(CSS.highlights.get('search-hit') ?? [])].map((r) => (r as Range).toString()));
      expect(marked).toContain('連雲港');
      expect(problems).toEqual([]);
    });
  });
}
