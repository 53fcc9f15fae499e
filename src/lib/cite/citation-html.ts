/**
 * One citation as the HTML of its paragraph, written as a string: the markup CitationText.astro gives a citation in
 * its page's own language. The paragraph-citations page holds a few hundred citations, and an Astro component (or
 * element expression) per part was most of that page's render time; a large archive builds one such page per report
 * and script. Text and attributes are escaped as Astro escapes them, so the page is byte for byte what the component
 * wrote (tests/unit/citation-html.test.ts; the built pages were compared file by file when this replaced it).
 */
import { ACCESSED_PLACEHOLDER, type CitationPart, citationParts, type CitedAddress, paragraphAddress } from './marks.ts';

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

/** One paragraph of the paragraph-citations list: where it is, and its forms (marked strings, marks.ts). */
export interface ParagraphCitationsInput {
  paragraphs: readonly { id: string; number: number; text: string }[];
  /** Each style's label and marked form (its in-text form where it has one, else its reference). */
  forms: readonly { label: string; text: string }[];
  /** The report page's path; each paragraph's link adds its #id. */
  reportPath: string;
  /** The report's cited address; each citation points at the paragraph's (paragraphAddress). */
  address: CitedAddress;
  /** The paragraph link's text ("第3段"). */
  paragraphLabel: (n: number) => string;
  urlPlaceholder: string;
}

/** How many characters of a paragraph the list shows before its citations. */
export const EXCERPT_CHARACTERS = 24;

/**
 * The items of the paragraph-citations list (<ol class="paragraph-citations">), written as one string: the page
 * holds a few hundred citations, and Astro's element expressions for each (li, excerpt, a dl of four styles) were
 * most of its render time in a large archive. Whitespace and escaping are what the template wrote, so the page is
 * byte for byte the same (tests/unit/citation-html.test.ts).
 */
export function paragraphCitationsHtml(input: ParagraphCitationsInput): string {
  let html = ' ';
  for (const p of input.paragraphs) {
    const address = paragraphAddress(input.address, p.id);
    html +=
      `<li id="${escapeAttribute(`cite-${p.id}`)}" value="${p.number}"> <p class="paragraph-citations__excerpt"> ` +
      `<a href="${escapeAttribute(`${input.reportPath}#${p.id}`)}">${escapeText(input.paragraphLabel(p.number))}</a> ` +
      `<span>${escapeText([...p.text].slice(0, EXCERPT_CHARACTERS).join(''))}…</span> </p> <dl class="citation-list"> `;
    for (const form of input.forms) {
      html +=
        `<div> <dt>${escapeText(form.label)}</dt> <dd> ` +
        `${citationParagraphHtml(citationParts(form.text, address, p.number), input.urlPlaceholder)} </dd> </div>`;
    }
    html += ' </dl> </li>';
  }
  return `${html} `;
}
