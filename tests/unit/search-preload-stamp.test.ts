import { describe, expect, it } from 'vitest';
import { META_CACHE_TAG_TOKEN, stampedTag, stampSearchPage } from '../../src/lib/search/preload-stamp.ts';

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
});
