/**
 * An Atom 1.0 feed (RFC 4287) of the archive's reports in one locale. Pure:
 * every URL comes in absolute, every date comes from the content (never the
 * clock), so two builds of the same commit write the same bytes.
 */
import { escapeXml } from './xml.ts';

export interface FeedEntry {
  /** Absolute URL of the report page; also the entry id. */
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
  /** Absolute URL of the feed document itself. */
  selfUrl: string;
  /** Absolute URL of the HTML page the feed belongs to. */
  pageUrl: string;
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

export function atomFeed(feed: Feed): string {
  if (feed.entries.length === 0) throw new Error(`Feed ${feed.selfUrl} has no entries; an Atom feed needs its reports.`);
  const entries = [...feed.entries].sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || a.url.localeCompare(b.url));
  // The feed is updated when its newest entry was: a date from the content, not the build clock.
  const updated = isoDate(entries[0]!.published);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.selfUrl)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
  ];
  for (const e of entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(e.url)}</id>`,
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
