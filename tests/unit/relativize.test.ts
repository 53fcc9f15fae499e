import { describe, expect, it } from 'vitest';
import { pageDirectory, relativeUrl, relativizeCss, relativizeHtml } from '../../src/lib/url/relativize.ts';

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
