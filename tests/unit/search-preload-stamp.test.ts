import { describe, expect, it } from 'vitest';
import { META_CACHE_TAG_TOKEN, stampedTag, stampSearchPage } from '../../src/lib/search/preload-stamp.ts';

const entry = { languages: { 'zh-hant-tw': { hash: 'zh-hant-tw_abc', wasm: null }, 'zh-hans': { hash: 'zh-hans_def', wasm: 'zh' } } };
const page = (lang: string) =>
  `<html lang="${lang}"><head><link rel="preload" as="fetch" crossorigin="anonymous" href="../../pagefind/pagefind-entry.json?ts=${META_CACHE_TAG_TOKEN}" data-pagefind-entry><link rel="stylesheet" href="x.css"></head><body><script type="application/json">{"metaCacheTag":"${META_CACHE_TAG_TOKEN}"}</script></body></html>`;

describe('stamping the search pages after indexing', () => {
  it('puts the cache tag in place of the token, in the preload and the page data', () => {
    const html = stampSearchPage(page('zh-Hant-TW'), '0123abcd', entry);
    expect(html).not.toContain(META_CACHE_TAG_TOKEN);
    expect(html).toContain('pagefind-entry.json?ts=0123abcd');
    expect(html).toContain('"metaCacheTag":"0123abcd"');
  });
  it('preloads the page language’s metadata from the same folder, right after the entry file (not the WebAssembly)', () => {
    const html = stampSearchPage(page('zh-Hant-TW'), 't', entry);
    expect(html).toContain(
      'data-pagefind-entry><link rel="preload" as="fetch" crossorigin="anonymous" href="../../pagefind/pagefind.zh-hant-tw_abc.pf_meta"><link rel="stylesheet"',
    );
    expect(stampSearchPage(page('zh-Hans'), 't', entry)).toContain('href="../../pagefind/pagefind.zh-hans_def.pf_meta"');
    expect(html).not.toContain('wasm');
  });
  it('adds no preloads for a language the index lacks, or a page without the entry preload', () => {
    expect(stampSearchPage(page('en'), 't', entry)).not.toContain('pf_meta');
    expect(stampSearchPage('<html lang="zh-Hans"><head></head></html>', 't', entry)).toBe('<html lang="zh-Hans"><head></head></html>');
  });
  it('an unstamped page lets Pagefind choose its own tag', () => {
    expect(stampedTag(META_CACHE_TAG_TOKEN)).toBeNull();
    expect(stampedTag('')).toBeNull();
    expect(stampedTag('0123abcd')).toBe('0123abcd');
  });
});
