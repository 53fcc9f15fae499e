/**
 * The 404 page's inline script, run in a sandbox with a fake page and server: it finds the archive root
 * in few requests, never leaves its origin whatever the missing path, bounds its search, and is not fooled
 * by a server that answers misses with 200.
 */
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { NOT_FOUND_PROBES, NOT_FOUND_SCRIPT } from '../../src/lib/publish/not-found.ts';
import { selfContainedPage } from '../../src/lib/publish/self-contained.ts';

const ORIGIN = 'http://127.0.0.1:8080';
const PROBE = '_astro/BaseLayout.abc123.css';

interface Served {
  /** Folders (ending in "/") that hold the archive. */
  roots: string[];
  /** Whether the server answers a miss with 200 and the 404 page, as lighttpd's error-handler-404 does. */
  missesAre200?: boolean;
}

class FakeElement {
  hidden = false;
  children: FakeElement[] = [];
  constructor(
    public tagName: string,
    public attrs: Record<string, string>,
  ) {}
  removed = false;
  remove() {
    this.removed = true;
  }
  removeAttribute(name: string) {
    delete this.attrs[name];
  }
  getAttribute(name: string) {
    return this.attrs[name] ?? null;
  }
  setAttribute(name: string, value: string) {
    this.attrs[name] = value;
  }
  querySelectorAll(selector: string) {
    return selector === 'a' ? this.children : [];
  }
}

/** Runs the script for a visit to `path` and returns the requests it made and the page it left. */
async function visit(path: string, served: Served, referrer = '') {
  const requests: string[] = [];
  const links = [
    new FakeElement('A', { href: 'zh-hans/' }),
    new FakeElement('A', { href: '#main' }),
    new FakeElement('LINK', { href: 'https://summit-archive.example.org/404.html', rel: 'canonical' }),
    new FakeElement('LINK', { href: 'en/feed.xml', rel: 'alternate' }),
    new FakeElement('FORM', { action: 'zh-hans/search/' }),
  ];
  const lost = new FakeElement('P', {});
  lost.hidden = true;
  lost.children = [new FakeElement('A', {}), new FakeElement('A', {})];
  const dataset: Record<string, string> = { archiveProbe: PROBE };
  const document = {
    documentElement: { dataset },
    referrer,
    querySelectorAll: () => links,
    querySelector: (s: string) => (s === '[data-archive-lost]' ? lost : null),
  };
  const fetch = async (url: URL) => {
    requests.push(url.href);
    const hit = url.origin === ORIGIN && served.roots.some((root) => url.pathname === root + PROBE);
    if (hit) return { ok: true, headers: new Headers({ 'content-type': 'text/css' }) };
    return served.missesAre200
      ? { ok: true, headers: new Headers({ 'content-type': 'text/html; charset=utf-8' }) }
      : { ok: false, headers: new Headers({ 'content-type': 'text/html' }) };
  };
  // As a browser would see a request for `path` on this origin (new URL(path, ORIGIN) would read "//host/…" as a host).
  const location = new URL(ORIGIN + path);
  const before = links.map((l) => l.attrs.href ?? l.attrs.action);
  await runInNewContext(NOT_FOUND_SCRIPT, { document, location, fetch, URL, Headers });
  // Each link's URL before and after the script.
  const hrefs: Record<string, string | null> = {};
  links.forEach((l, i) => (hrefs[before[i]!] = l.getAttribute(l.tagName === 'FORM' ? 'action' : 'href')));
  return {
    requests,
    root: dataset.archiveRoot,
    hrefs,
    formRemoved: links.find((l) => l.tagName === 'FORM')!.removed,
    lost,
  };
}

describe('the 404 page script', () => {
  it('finds an archive at the site root with one request at any depth', async () => {
    for (const path of ['/nope', '/a/b/c/page.html', '/zh-hans/reports/none/']) {
      const { requests, root, hrefs } = await visit(path, { roots: ['/'] });
      expect(requests, path).toEqual([`${ORIGIN}/${PROBE}`]);
      expect(root).toBe('/');
      expect(hrefs['zh-hans/']).toBe('/zh-hans/');
    }
  });

  it('finds an archive under a sub-path with one request for a miss inside its tree', async () => {
    const { requests, root, hrefs, lost } = await visit('/mirror/summit-archive/zh-hans/reports/none/deeper/page.html', {
      roots: ['/mirror/summit-archive/'],
    });
    expect(requests).toEqual([`${ORIGIN}/mirror/summit-archive/${PROBE}`]);
    expect(root).toBe('/mirror/summit-archive/');
    expect(hrefs).toEqual({
      'zh-hans/': '/mirror/summit-archive/zh-hans/',
      '#main': '#main',
      'https://summit-archive.example.org/404.html': 'https://summit-archive.example.org/404.html',
      'en/feed.xml': '/mirror/summit-archive/en/feed.xml',
      'zh-hans/search/': '/mirror/summit-archive/zh-hans/search/',
    });
    expect(lost.hidden).toBe(true);
  });

  it('uses a same-origin referrer inside the archive, and ignores one from elsewhere', async () => {
    const served = { roots: ['/mirror/summit-archive/'] };
    const fromArchive = await visit('/mirror/summit-archive/x/y/z', served, `${ORIGIN}/mirror/summit-archive/en/about/`);
    expect(fromArchive.requests).toHaveLength(1);
    const fromElsewhere = await visit('/mirror/summit-archive/x/y/z', served, 'https://evil.example/en/about/');
    expect(fromElsewhere.requests.map((u) => new URL(u).pathname)).toEqual([
      `/${PROBE}`,
      `/mirror/${PROBE}`,
      `/mirror/summit-archive/${PROBE}`,
    ]);
    expect(fromElsewhere.root).toBe('/mirror/summit-archive/');
  });

  it('never requests or links another origin, whatever the path', async () => {
    const paths = [
      '//evil.example/x/y',
      '//evil.example/zh-hans/x',
      '/\\evil.example/x/y',
      '/\\\\evil.example/zh-hans/x',
      '/%2F%2Fevil.example/x/y',
      '/%2Fevil.example%2F..%2Fzh-hans/x',
      '/%5Cevil.example/x/y',
      '/..//evil.example/x/',
      '/./%2e%2e//evil.example/en/x',
    ];
    for (const path of paths) {
      for (const served of [{ roots: ['/'] }, { roots: [] }, { roots: [], missesAre200: true }]) {
        const { requests, hrefs } = await visit(path, served);
        for (const url of requests) expect(new URL(url).origin, `${path} requested ${url}`).toBe(ORIGIN);
        for (const href of Object.values(hrefs)) {
          if (href?.startsWith('/')) expect(new URL(href, ORIGIN).origin, `${path} linked ${href}`).toBe(ORIGIN);
        }
      }
    }
  });

  it(`asks at most ${NOT_FOUND_PROBES} times however deep the path, then links the site's top and says so`, async () => {
    const deep = '/' + Array.from({ length: 5000 }, (_, i) => `d${i}`).join('/') + '/page.html';
    const { requests, root, lost, hrefs, formRemoved } = await visit(deep, { roots: [] });
    expect(requests.length).toBeLessThanOrEqual(NOT_FOUND_PROBES);
    expect(root).toBe('');
    expect(lost.hidden).toBe(false);
    expect(lost.children.map((a) => a.getAttribute('href'))).toEqual(['/', '/']);
    // Links that would only lead to another miss become plain text; the search form goes.
    expect(hrefs['zh-hans/']).toBeNull();
    expect(hrefs['en/feed.xml']).toBeNull();
    expect(hrefs['#main']).toBe('#main');
    expect(formRemoved).toBe(true);
    const deepInTree = '/' + Array.from({ length: 5000 }, () => 'zh-hans').join('/') + '/x';
    expect((await visit(deepInTree, { roots: [] })).requests.length).toBeLessThanOrEqual(NOT_FOUND_PROBES);
  });

  it('is not fooled by a server that answers misses with 200 and the 404 page', async () => {
    const { root, requests } = await visit('/mirror/summit-archive/a/b/c', { roots: ['/mirror/summit-archive/'], missesAre200: true });
    expect(root).toBe('/mirror/summit-archive/');
    expect(requests).toHaveLength(3);
    expect((await visit('/a/b/c', { roots: [], missesAre200: true })).root).toBe('');
  });
});

describe('selfContainedPage', () => {
  const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; img-src 'self' data:">`;
  const page = `<!DOCTYPE html><html lang="en"><head>${policy}<link rel="icon" href="favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="_astro/a.css"><link rel="alternate" href="en/feed.xml"></head><body></body></html>`;
  const files: Record<string, string> = { 'favicon.svg': '<svg/>', '_astro/a.css': 'body{margin:0}' };

  it('inlines the stylesheet under its hash and the icon as a data: URL, and names the probe file', () => {
    const { html, styleHash } = selfContainedPage(page, '404.html', (href) => files[href]!);
    expect(styleHash).toBe(`sha256-${createHash('sha256').update('body{margin:0}').digest('base64')}`);
    expect(html).toContain(`style-src 'self' '${styleHash}'`);
    expect(html).toContain('<style>body{margin:0}</style></head>');
    expect(html).toContain(`href="data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}"`);
    expect(html).not.toContain('rel="stylesheet"');
    expect(html).toContain('<html data-archive-probe="_astro/a.css" lang="en">');
    expect(html).toContain('href="en/feed.xml"');
  });

  it('refuses a stylesheet that refers to other files, naming the page and the file', () => {
    const withFont: Record<string, string> = { ...files, '_astro/a.css': '@font-face{src:url(font.woff2)}' };
    expect(() => selfContainedPage(page, '404.html', (href) => withFont[href]!)).toThrow(/404\.html: .*font\.woff2/);
  });
});
