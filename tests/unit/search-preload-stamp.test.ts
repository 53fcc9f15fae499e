import { describe, expect, it } from 'vitest';
import { cspHash } from '../../src/lib/publish/csp.ts';
import {
  DIRECT_RECORDS_MAX,
  directRecords,
  META_CACHE_TAG_TOKEN,
  RECORDS_PRELOAD_SCRIPT,
  stampedTag,
  stampSearchPage,
} from '../../src/lib/search/preload-stamp.ts';
import { PAGES_PER_BATCH } from '../../src/lib/search/progressive.ts';

const entry = { languages: { 'zh-hant-tw': { hash: 'zh-hant-tw_abc', wasm: null }, 'zh-hans': { hash: 'zh-hans_def', wasm: 'zh' } } };
const page = (lang: string) =>
  `<html lang="${lang}"><head><link rel="modulepreload" href="../../pagefind/pagefind.js"><link rel="stylesheet" href="x.css"></head><body><script type="application/json">{"metaCacheTag":"${META_CACHE_TAG_TOKEN}"}</script></body></html>`;
const preload = (href: string) => `<link rel="preload" as="fetch" crossorigin="anonymous" fetchpriority="low" href="${href}">`;

describe('stamping the search pages after indexing', () => {
  it('puts the cache tag in place of the token in the page data', () => {
    const html = stampSearchPage(page('zh-Hant-TW'), '0123abcd', entry);
    expect(html).not.toContain(META_CACHE_TAG_TOKEN);
    expect(html).toContain('"metaCacheTag":"0123abcd"');
  });
  it('preloads the tagged entry file and the language’s metadata from the script’s folder, after the stylesheets', () => {
    expect(stampSearchPage(page('zh-Hant-TW'), 't1', entry)).toContain(
      `<link rel="stylesheet" href="x.css">${preload('../../pagefind/pagefind-entry.json?ts=t1')}${preload('../../pagefind/pagefind.zh-hant-tw_abc.pf_meta')}</head>`,
    );
    const hans = stampSearchPage(page('zh-Hans'), 't', entry);
    expect(hans).toContain(preload('../../pagefind/pagefind.zh-hans_def.pf_meta'));
    // Not the WebAssembly: see preload-stamp.ts.
    expect(hans).not.toContain('wasm');
  });
  it('adds only the entry preload for a language the index lacks, and nothing to a page without Pagefind’s script', () => {
    const en = stampSearchPage(page('en'), 't', entry);
    expect(en).toContain(preload('../../pagefind/pagefind-entry.json?ts=t'));
    expect(en).not.toContain('pf_meta');
    expect(stampSearchPage('<html lang="zh-Hans"><head></head></html>', 't', entry)).toBe('<html lang="zh-Hans"><head></head></html>');
  });
  it('an unstamped page lets Pagefind choose its own tag', () => {
    expect(stampedTag(META_CACHE_TAG_TOKEN)).toBeNull();
    expect(stampedTag('')).toBeNull();
    expect(stampedTag('0123abcd')).toBe('0123abcd');
  });

  it('lists a small language’s page records: its own fragment files when they add up to its page count', () => {
    const counted = { languages: { 'zh-hans': { hash: 'h', page_count: 2 }, en: { hash: 'e', page_count: 3 } } };
    const files = ['zh-hans_b2.pf_fragment', 'en_1.pf_fragment', 'zh-hans_a1.pf_fragment', 'zh-hant-tw_c.pf_fragment', 'en_2.pf_fragment'];
    // English lacks a file: an index written differently is left to Pagefind.
    expect(directRecords(counted, files)).toEqual({ 'zh-hans': ['zh-hans_a1.pf_fragment', 'zh-hans_b2.pf_fragment'] });
    // No page count (an older entry file): Pagefind reads it.
    expect(directRecords({ languages: { 'zh-hans': { hash: 'h' } } }, files)).toEqual({});
  });
  it('leaves a language with more pages than one batch to Pagefind, the same bound as the engine’s check-every-page path', () => {
    expect(DIRECT_RECORDS_MAX).toBe(PAGES_PER_BATCH);
    const n = DIRECT_RECORDS_MAX + 1;
    const files = Array.from({ length: n }, (_, i) => `zh-hans_${i}.pf_fragment`);
    expect(directRecords({ languages: { 'zh-hans': { hash: 'h', page_count: n } } }, files)).toEqual({});
  });
  it('gives a page with records their list and the preload script instead of any Pagefind preload', async () => {
    const records = { 'zh-hans': ['zh-hans_a1.pf_fragment', 'zh-hans_b2.pf_fragment'] };
    const html = stampSearchPage(page('zh-Hans'), 't', entry, records);
    expect(html).not.toContain('pagefind.js');
    expect(html).not.toContain('rel="preload"');
    expect(html).toContain('"metaCacheTag":"t"');
    expect(html).toContain(
      `<script type="application/json" id="search-records">["../../pagefind/fragment/zh-hans_a1.pf_fragment","../../pagefind/fragment/zh-hans_b2.pf_fragment"]</script><script>${RECORDS_PRELOAD_SCRIPT}</script></head>`,
    );
    // Another language of the same build keeps Pagefind.
    expect(stampSearchPage(page('zh-Hant-TW'), 't', entry, records)).toContain(preload('../../pagefind/pagefind.zh-hant-tw_abc.pf_meta'));
    // The script's hash is what the search page's CSP lists (search.astro); a dist test checks every inline script.
    expect(await cspHash(RECORDS_PRELOAD_SCRIPT)).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
  });
});
