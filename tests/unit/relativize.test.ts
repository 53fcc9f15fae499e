import { describe, expect, it } from 'vitest';
import { rootReferencesInHtml } from '../../src/lib/publish/relocatable.ts';
import { pageDirectory, relativeUrl, relativizeCss, relativizeHtml } from '../../src/lib/url/relativize.ts';
import { URL_ATTRIBUTES, isRootPath, urlAttributePattern } from '../../src/lib/url/url-attributes.ts';

describe('pageDirectory', () => {
  it('maps dist files to the directory they serve', () => {
    expect(pageDirectory('index.html')).toBe('/');
    expect(pageDirectory('zh-hans/index.html')).toBe('/zh-hans/');
    expect(pageDirectory('zh-hans/reports/a/index.html')).toBe('/zh-hans/reports/a/');
    expect(pageDirectory('404.html')).toBe('/');
  });
});

describe('relativeUrl', () => {
  it('links between sibling and nested directories', () => {
    expect(relativeUrl('/zh-hans/', '/zh-tw/')).toBe('../zh-tw/');
    expect(relativeUrl('/zh-hans/reports/a/', '/zh-hans/')).toBe('../../');
    expect(relativeUrl('/zh-hans/reports/a/', '/zh-hans/reports/b/')).toBe('../b/');
    expect(relativeUrl('/zh-hans/reports/a/', '/zh-hans/reports/a/')).toBe('./');
    expect(relativeUrl('/', '/zh-hans/')).toBe('zh-hans/');
    expect(relativeUrl('/', '/')).toBe('./');
  });
  it('links to files and keeps query and fragment', () => {
    expect(relativeUrl('/zh-hans/reports/a/', '/_astro/site.css')).toBe('../../../_astro/site.css');
    expect(relativeUrl('/zh-hans/', '/zh-hans/search/?q=x#y')).toBe('search/?q=x#y');
    expect(relativeUrl('/zh-hans/reports/a/', '/zh-hans/reports/a/#s1-p2')).toBe('./#s1-p2');
    expect(relativeUrl('/', '/favicon.svg')).toBe('favicon.svg');
  });
});

describe('relativizeHtml', () => {
  it('rewrites root paths and leaves absolute, protocol-relative and fragment URLs alone', () => {
    const html =
      '<a href="/zh-hans/">x</a><link href="/_astro/a.css"><a href="https://e.org/x"><a href="//e.org/"><a href="#p1"><form action="/en/search/">';
    expect(relativizeHtml(html, 'en/about/index.html')).toBe(
      '<a href="../../zh-hans/">x</a><link href="../../_astro/a.css"><a href="https://e.org/x"><a href="//e.org/"><a href="#p1"><form action="../search/">',
    );
  });
});

describe('relativizeCss', () => {
  it('rewrites url() references relative to the stylesheet', () => {
    expect(relativizeCss('a{background:url(/img/x.svg)}', '_astro/site.css')).toBe('a{background:url(../img/x.svg)}');
  });
});

describe('one list of URL attributes for the rewrite and its guard', () => {
  const page = 'zh-hans/reports/a/index.html';
  const rootUrl = (name: string) => (name.startsWith('data-') ? '/zh-hans/reports/b/' : '/_astro/x.png');

  it.each([...URL_ATTRIBUTES])('%s: the guard finds a root path, the rewrite makes it relative, then the guard finds none', (name) => {
    const html = `<div ${name}="${rootUrl(name)}"></div>`;
    expect(rootReferencesInHtml(html)).toEqual([rootUrl(name)]);
    const rewritten = relativizeHtml(html, page);
    expect(rewritten).toBe(`<div ${name}="${relativeUrl('/zh-hans/reports/a/', rootUrl(name))}"></div>`);
    expect(rootReferencesInHtml(rewritten)).toEqual([]);
  });

  it('leaves no root reference for the guard to find, whatever the attributes hold (the build checks only transformed pages again)', () => {
    const values = ['/', '/?q=1', '/#x', '//e.org/', '/a//b/', '/a/../b', "/it's", '/_astro/a.js', '/zh-hans/reports/a/', '/x y', ''];
    const quotes = ['"', "'"];
    let html = '';
    for (const name of [...URL_ATTRIBUTES, 'srcset', 'imagesrcset'])
      for (const value of values)
        for (const q of quotes) if (!value.includes(q)) html += `<x ${name}=${q}${value}${q}>\n<y\t${name}=${q}${value} 2x, ${value}${q}>`;
    for (const file of ['index.html', 'zh-hans/index.html', 'zh-hans/reports/a/cite/index.html', '404.html'])
      expect(rootReferencesInHtml(relativizeHtml(html, file))).toEqual([]);
  });

  it('rewrites an imagesrcset too, and repeated links alike', () => {
    const html = '<link rel="preload" as="image" imagesrcset="/_astro/a.png 1x"><a href="/zh-hans/">1</a><a href="/zh-hans/">2</a>';
    expect(relativizeHtml(html, 'zh-hans/reports/x/index.html')).toBe(
      '<link rel="preload" as="image" imagesrcset="../../../_astro/a.png 1x"><a href="../../">1</a><a href="../../">2</a>',
    );
  });

  it('covers data-cite-page, which the old guard did not check, and srcset, which the old rewrite left alone', () => {
    expect(URL_ATTRIBUTES).toContain('data-cite-page');
    expect(rootReferencesInHtml('<article data-cite-page="/en/reports/a/cite/">')).toEqual(['/en/reports/a/cite/']);
    const img = '<img srcset="/_astro/a.png 1x, https://e.org/b.png 2x,/_astro/c.png 3x">';
    expect(rootReferencesInHtml(img)).toEqual(['/_astro/a.png 1x, https://e.org/b.png 2x,/_astro/c.png 3x']);
    const rewritten = relativizeHtml(img, page);
    expect(rewritten).toBe('<img srcset="../../../_astro/a.png 1x, https://e.org/b.png 2x, ../../../_astro/c.png 3x">');
    expect(rootReferencesInHtml(rewritten)).toEqual([]);
  });

  it('leaves protocol-relative, absolute and relative values, and attributes that only end in a URL name, alone', () => {
    const html = '<a href="//e.org/x" data-href="/x"><img src="https://e.org/y"><a href="../z/">';
    expect(relativizeHtml(html, page)).toBe(html);
    expect(rootReferencesInHtml(html)).toEqual([]);
  });
});

describe("relativizeHtml's scan and the attribute pattern", () => {
  /** The rewrite as one replace with the pattern the guard uses: what the scan must do, faster. */
  const byPattern = (html: string, file: string) =>
    html.replace(urlAttributePattern(URL_ATTRIBUTES), (whole, attr: string, quote: string, url: string) =>
      isRootPath(url) ? `${attr}${quote}${relativeUrl(pageDirectory(file), url)}${quote}` : whole,
    );

  it('rewrite the same places, however names, quotes, spaces and values are mixed', () => {
    // (srcset and imagesrcset are rewritten by that pattern in both: see the tests above.)
    const names = ['href', 'src', 'HREF', 'xhref', 'data-href', 'data-cite-page', 'srcsetx', 'action', 'a:href', ''];
    const before = [' ', '\t', '\n', '\u00a0', '', '"', '=', '<a'];
    const values = ['/a/', '/a/b.css?x=1#y', '/a/#p1', '/', '//e.org/', '/a=', "/it's", '/x"y', 'rel/', '', '/a/ b'];
    let html = '';
    for (const name of names)
      for (const space of before)
        for (const value of values) for (const q of ['"', "'"]) html += `<p${space}${name}=${q}${value}${q}>t</p>`;
    // Unterminated values and nested look-alikes.
    html += '<a title="x href=\'/in/title\'" href="/after/"><a href="/open/';
    for (const file of ['index.html', 'zh-hans/reports/a/index.html', 'en/about/index.html', '404.html']) {
      expect(relativizeHtml(html, file)).toBe(byPattern(html, file));
    }
  });

  it('keeps each fragment and query with its link when targets repeat', () => {
    const html = '<a href="/zh-hans/reports/a/cite/#p1"></a><a href="/zh-hans/reports/a/cite/#p2"></a><a href="/zh-hans/search/?q=x"></a>';
    expect(relativizeHtml(html, 'zh-hans/reports/a/index.html')).toBe(
      '<a href="cite/#p1"></a><a href="cite/#p2"></a><a href="../../search/?q=x"></a>',
    );
  });
});
