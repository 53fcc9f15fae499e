import { describe, expect, it } from 'vitest';
import {
  citationParagraphHtml,
  EXCERPT_CHARACTERS,
  escapeAttribute,
  escapeText,
  paragraphCitationsHtml,
} from '../../src/lib/cite/citation-html.ts';
import { ACCESSED_MARK, citationParts, LOCATOR_MARK, paragraphAddress, URL_MARK } from '../../src/lib/cite/marks.ts';

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

describe('the paragraph-citations list written as one string', () => {
  const input = {
    paragraphs: [
      { id: 'p1', number: 1, text: '草原上的天，云卷云舒宛若流动的画卷。斗转星移，古老的丝绸之路' },
      { id: 's2-p3', number: 7, text: '短<段>' },
    ],
    forms: [
      { label: 'GB/T 7714-2015', text: `郝薇薇. 题[N/OL]. [${ACCESSED_MARK}]. ${URL_MARK}.` },
      { label: 'APA 7', text: `(郝薇薇, 2025, para. ${LOCATOR_MARK})` },
    ],
    reportPath: '/zh-hans/reports/a/',
    address: { href: '/zh-hans/reports/a/' },
    paragraphLabel: (n: number) => `第${n}段`,
    urlPlaceholder: '〔本页网址〕',
  };
  const html = paragraphCitationsHtml(input);
  const items = html.split('</li>').slice(0, -1);

  it('writes one item per paragraph, numbered and linked to the paragraph, with an excerpt of its opening', () => {
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('<li id="cite-p1" value="1">');
    expect(items[0]).toContain('<a href="/zh-hans/reports/a/#p1">第1段</a>');
    const excerpt = [...input.paragraphs[0]!.text].slice(0, EXCERPT_CHARACTERS).join('');
    expect(items[0]).toContain(`<span>${excerpt}…</span>`);
    expect(items[1]).toContain('<li id="cite-s2-p3" value="7">');
    expect(items[1]).toContain('<span>短&lt;段&gt;…</span>');
  });

  it("gives every style's citation pointing at the paragraph, with its number as locator", () => {
    expect(items[1]).toContain(
      '<div> <dt>GB/T 7714-2015</dt> <dd> <p data-citation-text>郝薇薇. 题[N/OL]. [<span data-cite-accessed>引用日期</span>]. ' +
        '<a href="/zh-hans/reports/a/#s2-p3" data-cite-url>〔本页网址〕</a>.</p> </dd> </div>',
    );
    expect(items[1]).toContain('<dt>APA 7</dt> <dd> <p data-citation-text>(郝薇薇, 2025, para. 7)</p> </dd>');
    expect(items[0]).toContain('(郝薇薇, 2025, para. 1)');
  });

  it('prints the absolute paragraph address when the archive has a site URL', () => {
    const absolute = paragraphCitationsHtml({ ...input, address: { href: '/a/', absolute: 'https://x.example/a/' } });
    expect(absolute).toContain('. https://x.example/a/#s2-p3.</p>');
    expect(absolute).not.toContain('data-cite-url');
  });

  it('escapes what goes into attributes and text', () => {
    const odd = paragraphCitationsHtml({ ...input, reportPath: '/a?b="c"&d/', paragraphLabel: () => '<1>' });
    expect(odd).toContain('<a href="/a?b=&quot;c&quot;&amp;d/#p1">&lt;1&gt;</a>');
  });
});

describe('the list written from forms split once', () => {
  // Every kind of piece, escapable text, several locators; and forms where a digit or hyphen touches the locator
  // mark, which are written paragraph by paragraph through citationParts.
  const forms = [
    `A & B <i>, ${URL_MARK} [${ACCESSED_MARK}], para. ${LOCATOR_MARK}; ¶${LOCATOR_MARK}“q”.`,
    `${LOCATOR_MARK}${URL_MARK}${ACCESSED_MARK}`,
    `1999-12-3${LOCATOR_MARK} and ${LOCATOR_MARK}-x`,
    `no marks at all`,
  ];
  const paragraphs = [1, 2, 31].map((n) => ({ id: `p${n}`, number: n, text: `第${n}段的文字` }));
  for (const address of [
    { href: '/zh-hans/reports/a/' },
    { href: '/zh-hans/reports/a/', absolute: 'https://x.example/zh-hans/reports/a/?q=<&>' },
    { href: '/a/', absolute: '' },
  ]) {
    it(`equals each paragraph's citationParts, escaped (${address.absolute === undefined ? 'no site URL' : `absolute "${address.absolute}"`})`, () => {
      const html = paragraphCitationsHtml({
        paragraphs,
        forms: forms.map((text, i) => ({ label: `S<${i}>`, text })),
        reportPath: '/zh-hans/reports/a/',
        address,
        paragraphLabel: (n) => `第${n}段`,
        urlPlaceholder: '〔本页网址〕',
      });
      for (const p of paragraphs)
        for (const form of forms)
          expect(html).toContain(citationParagraphHtml(citationParts(form, paragraphAddress(address, p.id), p.number), '〔本页网址〕'));
      expect(html.match(/<p data-citation-text>/g)).toHaveLength(paragraphs.length * forms.length);
    });
  }
});
