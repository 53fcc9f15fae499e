import { describe, expect, it } from 'vitest';
import { citationParagraphHtml, escapeAttribute, escapeText } from '../../src/lib/cite/citation-html.ts';
import { ACCESSED_MARK, citationParts, URL_MARK } from '../../src/lib/cite/marks.ts';

describe('a citation paragraph written as HTML', () => {
  const marked = `郝薇薇. “和睦”[N/OL]. 人民日报, 2025-06-19[${ACCESSED_MARK}]. ${URL_MARK}.`;

  it('links the placeholder to the paragraph when the archive has no site URL, and marks the access date', () => {
    expect(citationParagraphHtml(citationParts(marked, { href: '/zh-hans/reports/a/#p2' }), '〔本页网址〕')).toBe(
      '<p data-citation-text>郝薇薇. “和睦”[N/OL]. 人民日报, 2025-06-19[<span data-cite-accessed>引用日期</span>]. ' +
        '<a href="/zh-hans/reports/a/#p2" data-cite-url>〔本页网址〕</a>.</p>',
    );
  });

  it('prints the absolute address as text when there is one', () => {
    const parts = citationParts(marked, { href: '/zh-hans/reports/a/#p2', absolute: 'https://x.example/zh-hans/reports/a/#p2' });
    expect(citationParagraphHtml(parts, '〔本页网址〕')).toContain('. https://x.example/zh-hans/reports/a/#p2.</p>');
  });

  it('escapes text and attributes as Astro does', () => {
    expect(escapeText(`a & b < c > d 'e' "f"`)).toBe('a &amp; b &lt; c &gt; d &#39;e&#39; &quot;f&quot;');
    expect(escapeAttribute(`/a?b=1&c="2"'`)).toBe(`/a?b=1&amp;c=&quot;2&quot;'`);
    const parts = citationParts(`<i>${URL_MARK}`, { href: '/a?b&c', absolute: 'https://x.example/?q=<&>' });
    expect(citationParagraphHtml(parts, '')).toBe('<p data-citation-text>&lt;i&gt;https://x.example/?q=&lt;&amp;&gt;</p>');
  });
});
