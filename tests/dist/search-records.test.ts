/**
 * The search pages as built: a page that lists its index's page records (a small archive: preload-stamp.ts) lists
 * files that exist, all of its own language, and its CSP allows the script the build wrote into its head; a page
 * without them keeps Pagefind's script preload. Read from dist/ without a browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
