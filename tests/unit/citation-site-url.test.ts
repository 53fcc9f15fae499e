/** The absolute-only outputs with and without the deployer's site URL: nothing names an address nobody gave. */
import { describe, expect, it } from 'vitest';
import { atomFeed, nameUrn } from '../../src/lib/publish/atom.ts';
import { robotsTxt } from '../../src/lib/publish/sitemap.ts';

const entry = { title: '标题', summary: '摘要', published: '2025-06-19T00:00:00+08:00', authors: ['张伟'] };

describe('without a site URL', () => {
  it('robots.txt says why there is no sitemap instead of naming one', () => {
    expect(robotsTxt(undefined)).toBe(
      'User-agent: *\nAllow: /\n\n# No sitemap: this copy was built without ARCHIVE_SITE_URL, and a sitemap needs absolute URLs.\n',
    );
  });

  it('the feed links relative to itself, with stable urn:uuid ids and a comment saying why', () => {
    const feed = atomFeed({
      selfUrl: 'feed.xml',
      pageUrl: './',
      title: 'T',
      lang: 'zh-Hans',
      idName: 'zh-hans',
      entries: [{ ...entry, url: 'reports/a/' }],
    });
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="feed.xml"/>');
    expect(feed).toContain('<link rel="alternate" type="text/html" href="reports/a/"/>');
    expect(feed).toContain(`<id>${nameUrn('zh-hans/reports/a/')}</id>`);
    expect(feed).toContain('Built without ARCHIVE_SITE_URL');
    expect(feed).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(nameUrn('zh-hans/feed')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameUrn('zh-hans/feed')).not.toBe(nameUrn('zh-tw/feed'));
  });
});

describe('with a site URL', () => {
  it('the feed’s links and ids are the absolute URLs', () => {
    const feed = atomFeed({
      selfUrl: 'https://archive.test/zh-hans/feed.xml',
      pageUrl: 'https://archive.test/zh-hans/',
      title: 'T',
      lang: 'zh-Hans',
      entries: [{ ...entry, url: 'https://archive.test/zh-hans/reports/a/' }],
    });
    expect(feed).toContain('<id>https://archive.test/zh-hans/feed.xml</id>');
    expect(feed).toContain('<id>https://archive.test/zh-hans/reports/a/</id>');
    expect(feed).not.toContain('urn:uuid');
    expect(robotsTxt('https://archive.test/sitemap.xml')).toContain('Sitemap: https://archive.test/sitemap.xml');
  });
});
