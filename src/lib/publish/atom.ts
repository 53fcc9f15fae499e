/**
 * An Atom 1.0 feed (RFC 4287) of the archive's reports in one locale. Pure:
 * every date comes from the content (never the clock), so two builds of the
 * same commit write the same bytes. URLs are absolute when the site URL is
 * known; otherwise they are relative to the feed document (RFC 4287 resolves
 * them against it) and ids are name-based urn:uuid, since an id must be absolute.
 */
import { createHash } from 'node:crypto';
import { escapeXml } from './xml.ts';

export interface FeedEntry {
  /** URL of the report page: absolute, or relative to the feed. Also the entry id when absolute. */
  url: string;
  title: string;
  summary: string;
  /** ISO 8601 date-time with offset, from the content. */
  published: string;
  authors: string[];
  /** A related page, e.g. the Chinese original of an entry that is the archive's translation. */
  related?: { url: string; lang: string; title: string };
}

export interface Feed {
  /** URL of the feed document itself (absolute, or relative to itself: its file name). */
  selfUrl: string;
  /** URL of the HTML page the feed belongs to (absolute, or relative to the feed). */
  pageUrl: string;
  /** Names the feed when its URLs are relative, for stable urn:uuid ids (e.g. "zh-hans"). */
  idName?: string;
  title: string;
  subtitle?: string;
  /** BCP 47 language tag (xml:lang). */
  lang: string;
  entries: FeedEntry[];
}

function isoDate(value: string): string {
  const shape = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
  if (!shape.test(value) || Number.isNaN(Date.parse(value))) throw new Error(`Feed date "${value}" is not an ISO 8601 date-time.`);
  return value;
}

const isAbsolute = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url);

/** A name-based (SHA-1, version 5 layout) UUID URN: an absolute, stable id for a feed or entry with no absolute URL. */
export function nameUrn(name: string): string {
  const h = createHash('sha1').update(`summit-archive:${name}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const idOf = (url: string, name: string) => (isAbsolute(url) ? url : nameUrn(name));

export function atomFeed(feed: Feed): string {
  if (feed.entries.length === 0) throw new Error(`Feed ${feed.selfUrl} has no entries; an Atom feed needs its reports.`);
  const entries = [...feed.entries].sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || a.url.localeCompare(b.url));
  // The feed is updated when its newest entry was: a date from the content, not the build clock.
  const updated = isoDate(entries[0]!.published);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    ...(isAbsolute(feed.selfUrl) ? [] : ["  <!-- Built without ARCHIVE_SITE_URL: links are relative to this feed's own address. -->"]),
    `  <id>${escapeXml(idOf(feed.selfUrl, `${feed.idName ?? ''}/feed`))}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
  ];
  for (const e of entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(idOf(e.url, `${feed.idName ?? ''}/${e.url}`))}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      ...(e.related
        ? [
            `    <link rel="related" type="text/html" hreflang="${escapeXml(e.related.lang)}" title="${escapeXml(e.related.title)}" href="${escapeXml(e.related.url)}"/>`,
          ]
        : []),
      `    <published>${isoDate(e.published)}</published>`,
      `    <updated>${isoDate(e.published)}</updated>`,
      ...e.authors.map((name) => `    <author><name>${escapeXml(name)}</name></author>`),
      `    <summary>${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
