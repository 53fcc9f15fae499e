/**
 * One citation as the HTML of its paragraph, written as a string: the markup CitationText.astro gives a citation in
 * its page's own language. The paragraph-citations page holds a few hundred citations, and an Astro component (or
 * element expression) per part was most of that page's render time; a large archive builds one such page per report
 * and script. Text and attributes are escaped as Astro escapes them, so the page is byte for byte what the component
 * wrote (tests/unit/citation-html.test.ts; the built pages were compared file by file when this replaced it).
 */
import { ACCESSED_PLACEHOLDER, type CitationPart } from './marks.ts';

const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text content, escaped as Astro's escapeHTML does. */
export function escapeText(text: string): string {
  return text.replace(/[&<>'"]/g, (c) => TEXT_ENTITIES[c]!);
}

/** A double-quoted attribute value, escaped as Astro does. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** urlPlaceholder: the link text standing for the page's address when the archive has no site URL. */
export function citationParagraphHtml(parts: readonly CitationPart[], urlPlaceholder: string): string {
  let html = '<p data-citation-text>';
  for (const part of parts) {
    if (part.kind === 'text') html += escapeText(part.text);
    else if (part.kind === 'url')
      html +=
        part.absolute !== undefined
          ? escapeText(part.absolute)
          : `<a href="${escapeAttribute(part.href)}" data-cite-url>${escapeText(urlPlaceholder)}</a>`;
    else html += `<span data-cite-accessed>${escapeText(ACCESSED_PLACEHOLDER)}</span>`;
  }
  return `${html}</p>`;
}
