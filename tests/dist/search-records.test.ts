/**
 * The search pages as built: a page that lists its index's page records (a small archive: preload-stamp.ts) lists
 * files that exist, all of its own language, and its CSP allows the script the build wrote into its head; a page
 * without them keeps Pagefind's script preload; a Simplified record shown in a Traditional script (how a large archive's
 * Traditional search pages read results) equals the Traditional page's own record. Read from dist/ without a browser.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { TextExport } from '../../src/lib/cite/text-export.ts';
import { LOCALES, SOURCE_LOCALE } from '../../src/lib/i18n/locales.ts';
import { PRIMARY_BUNDLE } from '../../src/lib/search/index-shards.ts';
import { type PageRecord, parseRecord } from '../../src/lib/search/page-records.ts';
import { recordInScript } from '../../src/lib/search/record-in-script.ts';
import { blockedInlineCode } from '../../src/lib/publish/csp.ts';
import { RECORDS_ELEMENT_ID, RECORDS_PRELOAD_SCRIPT } from '../../src/lib/search/preload-stamp.ts';
import { DIST, page, pagePaths } from '../support/dist.ts';

const searchPages = pagePaths().filter((p) => /^[^/]+\/search\/$/.test(p) && page(p).getElementById('search-data'));

describe('search pages and the index records they read', () => {
  it('has search pages with an index to check', () => {
    expect(searchPages.length).toBeGreaterThan(0);
  });
  for (const path of searchPages) {
    it(`${path}: lists existing records of its own language, or preloads Pagefind`, () => {
      const doc = page(path);
      const list = doc.getElementById(RECORDS_ELEMENT_ID);
      if (!list) {
        expect(doc.querySelector('link[rel="modulepreload"][href$="pagefind.js"]'), 'Pagefind script preload').not.toBeNull();
        return;
      }
      const lang = doc.documentElement.getAttribute('lang')!.toLowerCase();
      const urls = JSON.parse(list.textContent!) as string[];
      expect(urls.length).toBeGreaterThan(0);
      for (const href of urls) {
        const file = new URL(href, `http://archive.test/${path}`).pathname.slice(1);
        expect(file).toMatch(new RegExp(`/fragment/${lang}_[\\w-]+\\.pf_fragment$`));
        expect(existsSync(join(DIST, file)), `${path} lists ${href}, which dist/ lacks`).toBe(true);
      }
      expect(doc.querySelector('link[rel="modulepreload"]'), 'no Pagefind script to preload').toBeNull();
      expect([...doc.head.querySelectorAll('script:not([src]):not([type])')].map((s) => s.textContent)).toEqual([RECORDS_PRELOAD_SCRIPT]);
    });
    it(`${path}: its CSP allows every inline script it has`, () => {
      expect(blockedInlineCode(readFileSync(join(DIST, path, 'index.html'), 'utf8'))).toEqual([]);
    });
  }
});

/** Every Pagefind record of one language in the built index, by report slug. */
function recordsOf(lang: string): Map<string, PageRecord> {
  const dir = join(DIST, PRIMARY_BUNDLE, 'fragment');
  const out = new Map<string, PageRecord>();
  for (const name of readdirSync(dir).filter((n) => n.startsWith(`${lang}_`))) {
    const record = parseRecord(gunzipSync(readFileSync(join(dir, name))), name);
    const slug = /\/reports\/([^/]+)\/$/.exec(record.url)?.[1];
    if (slug) out.set(slug, record);
  }
  return out;
}
const comparable = (r: PageRecord) => ({
  url: r.url,
  title: r.meta.title,
  filters: r.filters,
  anchors: r.anchors.map(({ element, id, text }) => ({ element, id, text })),
});

// A large archive indexes only the Simplified pages; its Traditional search pages show them through the text export
// (src/lib/search/record-in-script.ts). This archive indexes every script, so the two can be compared: the
// conversion must give exactly the record Pagefind made of the Traditional page itself.
describe('a Simplified record shown in a Traditional script equals that page’s own record', () => {
  const simplified = recordsOf('zh-hans');
  it('has Simplified report records to convert', () => {
    expect(simplified.size).toBeGreaterThan(0);
  });
  for (const locale of LOCALES.filter((l) => l.conversion)) {
    const own = recordsOf(locale.lang.toLowerCase());
    it(`${locale.code}: every report`, () => {
      expect([...own.keys()].sort()).toEqual([...simplified.keys()].sort());
      for (const [slug, record] of simplified) {
        const text = JSON.parse(readFileSync(join(DIST, 'data', 'reports', `${slug}.json`), 'utf8')) as TextExport;
        const shown = recordInScript(record, text, { fromLocale: SOURCE_LOCALE.code, toLocale: locale.code, lang: locale.lang });
        expect(comparable(shown), slug).toEqual(comparable(own.get(slug)!));
      }
    });
  }
});
