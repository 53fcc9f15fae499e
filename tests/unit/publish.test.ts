import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/lib/publish/atom.ts';
import {
  CONTENT_SECURITY_POLICY,
  blockedInlineCode,
  contentSecurityPolicy,
  cspHash,
  inlineCodeIn,
  policyHashes,
} from '../../src/lib/publish/csp.ts';
import { compareHashes, manifest, sha256Hex } from '../../src/lib/publish/manifest.ts';
import { rootAssetReferencesInJs, rootReferencesInHtml } from '../../src/lib/publish/relocatable.ts';
import { pagePathOfHtmlFile, robotsTxt, sitemapPages, sitemapXml } from '../../src/lib/publish/sitemap.ts';
import { tarArchive } from '../../src/lib/publish/tar.ts';

const SITE = 'https://archive.example.net/sub/';
const LOCALES = [
  { code: 'zh-hans', lang: 'zh-Hans' },
  { code: 'en', lang: 'en' },
];

describe('atomFeed', () => {
  const feed = {
    selfUrl: `${SITE}en/feed.xml`,
    pageUrl: `${SITE}en/`,
    title: 'Archive & <feeds>',
    lang: 'en',
    entries: [
      { url: `${SITE}en/reports/a/`, title: 'A', summary: 'x < y', published: '2025-06-18T00:00:00+08:00', authors: ['张伟'] },
      { url: `${SITE}en/reports/b/`, title: 'B', summary: 's', published: '2025-06-19T00:00:00+08:00', authors: [] },
    ],
  };
  it('lists entries newest first, escapes text and takes updated from the newest entry', () => {
    const xml = atomFeed(feed);
    expect(xml).toContain('<title>Archive &amp; &lt;feeds&gt;</title>');
    expect(xml).toContain('<summary>x &lt; y</summary>');
    expect(xml).toContain('<updated>2025-06-19T00:00:00+08:00</updated>');
    expect(xml.indexOf('reports/b/')).toBeLessThan(xml.indexOf('reports/a/'));
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${SITE}en/feed.xml"/>`);
    expect(xml).toContain('<author><name>张伟</name></author>');
  });
  it('is the same whatever order the entries come in', () => {
    expect(atomFeed({ ...feed, entries: [...feed.entries].reverse() })).toBe(atomFeed(feed));
  });
  it('refuses an empty feed and a date that is not ISO 8601', () => {
    expect(() => atomFeed({ ...feed, entries: [] })).toThrow(/no entries/);
    expect(() => atomFeed({ ...feed, entries: [{ ...feed.entries[0]!, published: '18 June' }] })).toThrow(/not an ISO 8601/);
  });
});

describe('sitemap', () => {
  const paths = ['/', '/zh-hans/', '/en/', '/zh-hans/reports/a/', '/en/reports/a/', '/zh-hans/only-here/'];
  it('maps dist files to page paths', () => {
    expect(pagePathOfHtmlFile('index.html')).toBe('/');
    expect(pagePathOfHtmlFile('en/about/index.html')).toBe('/en/about/');
    expect(pagePathOfHtmlFile('en/cite.html')).toBe('/en/cite.html');
  });
  it('gives each localized page its existing language versions and x-default', () => {
    const pages = sitemapPages(paths, SITE, LOCALES, 'zh-hans');
    const en = pages.find((p) => p.url === `${SITE}en/reports/a/`)!;
    expect(en.alternates).toEqual([
      { hreflang: 'zh-Hans', href: `${SITE}zh-hans/reports/a/` },
      { hreflang: 'en', href: `${SITE}en/reports/a/` },
      { hreflang: 'x-default', href: `${SITE}zh-hans/reports/a/` },
    ]);
    expect(pages.find((p) => p.url === SITE)!.alternates).toEqual([]);
    expect(pages.find((p) => p.url === `${SITE}zh-hans/only-here/`)!.alternates).toEqual([]);
  });
  it('writes sorted XML with xhtml:link alternates, independent of input order', () => {
    const xml = sitemapXml(sitemapPages(paths, SITE, LOCALES, 'zh-hans'));
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${SITE}en/"/>`);
    expect(xml.match(/<loc>/g)).toHaveLength(paths.length);
    expect(sitemapXml(sitemapPages([...paths].reverse(), SITE, LOCALES, 'zh-hans'))).toBe(xml);
  });
  it('refuses relative and duplicate URLs', () => {
    expect(() => sitemapXml([{ url: '/en/', alternates: [] }])).toThrow(/not absolute/);
    expect(() =>
      sitemapXml([
        { url: SITE, alternates: [] },
        { url: SITE, alternates: [] },
      ]),
    ).toThrow(/twice/);
  });
  it('points robots.txt at the sitemap', () => {
    expect(robotsTxt(`${SITE}sitemap.xml`)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}sitemap.xml\n`);
  });
});

describe('content security policy', () => {
  it('allows only the origin, no inline script, and wasm for the search engine', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy(['sha256-abc'])).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc';");
  });
  it('computes the hash browsers compare inline scripts with', async () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(await cspHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });
  it('finds inline code the policy would block, and ignores external scripts and JSON data', () => {
    const html =
      '<script type="module" src="a.js"></script><script type="application/ld+json">{"a":1}</script>' +
      '<script>go()</script><p style="color:red" onclick="x()"></p><style>p{}</style><script type="importmap">{}</script>';
    expect(inlineCodeIn(html)).toEqual([
      'inline <script>',
      'inline <script type="importmap">',
      'event handler attribute onclick',
      'style attribute "color:red"',
      'inline <style> element',
    ]);
    expect(inlineCodeIn('<script type="module" src="../_astro/x.js"></script>')).toEqual([]);
    // Attribute names in any case, after any whitespace (the quick checks before the tag patterns see them too).
    expect(inlineCodeIn('<DIV\nSTYLE="a"\tONCLICK="b()"></DIV>')).toEqual(['event handler attribute ONCLICK', 'style attribute "a"']);
    expect(inlineCodeIn('<p>a style= in the text, and an onion=</p>')).toEqual([]);
  });

  describe("inline code allowed by the page's own policy (the 404 page), by hash, never by wording", () => {
    const script = 'go()';
    const style = 'p{margin:0}';
    const page = (policy: string, body: string) =>
      `<html><head><meta http-equiv="Content-Security-Policy" content="${policy}"></head><body>${body}</body></html>`;
    const hashed = async () =>
      contentSecurityPolicy([await cspHash(script)]).replace("style-src 'self'", `style-src 'self' '${await cspHash(style)}'`);

    it('reads the hash sources of each directive from the page', async () => {
      const html = page(await hashed(), '');
      expect(policyHashes(html)['script-src']).toEqual([await cspHash(script)]);
      expect(policyHashes(html)['style-src']).toEqual([await cspHash(style)]);
      expect(policyHashes(html)['default-src']).toEqual([]);
      expect(policyHashes('<html></html>')).toEqual({});
    });

    it('lets through a script and a style whose hashes the page lists', async () => {
      expect(blockedInlineCode(page(await hashed(), `<style>${style}</style><script>${script}</script>`))).toEqual([]);
    });

    it('blocks the same code on a page whose policy does not list it, and code that differs from the hashed text', async () => {
      const body = `<style>${style}</style><script>${script}</script>`;
      expect(blockedInlineCode(page(CONTENT_SECURITY_POLICY, body)).map((c) => c.kind)).toEqual(['script', 'style']);
      const changed = page(await hashed(), `<style>${style} </style><script>${script};evil()</script>`);
      expect(blockedInlineCode(changed).map((c) => c.description)).toEqual(['inline <script>', 'inline <style> element']);
    });

    it('never exempts a script by a style hash, nor attributes (CSP hashes do not cover them)', async () => {
      const styleHashOfScript = CONTENT_SECURITY_POLICY.replace("style-src 'self'", `style-src 'self' '${await cspHash(script)}'`);
      expect(blockedInlineCode(page(styleHashOfScript, `<script>${script}</script>`)).map((c) => c.kind)).toEqual(['script']);
      const attrs = page(await hashed(), `<p onclick="${script}" style="${style}"></p>`);
      expect(blockedInlineCode(attrs).map((c) => c.kind)).toEqual(['event-handler', 'style-attribute']);
    });
  });
});

describe('relocatability guards', () => {
  it('finds root-relative asset URLs left in JavaScript', () => {
    expect(rootAssetReferencesInJs('import("/_astro/a.js");const u=`/pagefind/pagefind.js`;new URL("./b.js",import.meta.url)')).toEqual([
      '/_astro/a.js',
      '/pagefind/pagefind.js',
    ]);
  });
  it('finds root-relative attributes in HTML but not protocol-relative or relative ones', () => {
    expect(rootReferencesInHtml('<a href="/en/"></a><img src="//cdn/x"><a href="../en/"></a><img srcset="/a.png 2x">')).toEqual([
      '/en/',
      '/a.png 2x',
    ]);
  });
});

describe('release archive', () => {
  const files = [
    { path: 'b/index.html', data: Buffer.from('<p>b</p>') },
    { path: 'a.txt', data: Buffer.from('a'.repeat(700)) },
  ];
  it('writes a sha256sum-compatible manifest sorted by path', () => {
    expect(manifest(files)).toBe(
      `${sha256Hex(Buffer.from('a'.repeat(700)))}  a.txt\n${sha256Hex(Buffer.from('<p>b</p>'))}  b/index.html\n`,
    );
  });
  it('compares two trees by hash', () => {
    const a = new Map([
      ['x', '1'],
      ['y', '2'],
    ]);
    const b = new Map([
      ['x', '1'],
      ['y', '3'],
      ['z', '4'],
    ]);
    expect(compareHashes(a, b)).toEqual(['differs: y', 'only in the second build: z']);
    expect(compareHashes(a, new Map(a))).toEqual([]);
  });
  it('writes a deterministic tar that the system tar extracts', () => {
    const long = `${'d'.repeat(80)}/${'e'.repeat(60)}.html`;
    const all = [...files, { path: long, data: Buffer.from('long') }];
    const tar = tarArchive(all, 1_750_000_000);
    expect(tarArchive([...all].reverse(), 1_750_000_000).equals(tar)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'tar-test-'));
    writeFileSync(join(dir, 'x.tar'), tar);
    const listing = execFileSync('tar', ['-tvf', 'x.tar'], { cwd: dir, encoding: 'utf8' });
    expect(listing).toContain('2025-06-15');
    execFileSync('tar', ['-xf', 'x.tar'], { cwd: dir });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('a'.repeat(700));
    expect(readFileSync(join(dir, long), 'utf8')).toBe('long');
  });
});
