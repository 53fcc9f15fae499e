/**
 * One citation as the HTML of its paragraph, written as a string: the markup CitationText.astro gives a citation in
 * its page's own language. The paragraph-citations page holds a few hundred citations, and an Astro component (or
 * element expression) per part was most of that page's render time; a large archive builds one such page per report
 * and script. Text and attributes are escaped as Astro escapes them, so the page is byte for byte what the component
 * wrote (tests/unit/citation-html.test.ts; the built pages were compared file by file when this replaced it).
 */
import {
  ACCESSED_MARK,
  ACCESSED_PLACEHOLDER,
  type CitationPart,
  citationParts,
  type CitedAddress,
  LOCATOR_MARK,
  paragraphAddress,
  URL_MARK,
} from './marks.ts';

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
    else if (part.kind === 'url') html += addressHtml(part, urlPlaceholder);
    else html += ACCESSED_HTML;
  }
  return `${html}</p>`;
}

const ACCESSED_HTML = `<span data-cite-accessed>${escapeText(ACCESSED_PLACEHOLDER)}</span>`;

/** The address as the citation shows it: written out when the site URL is known, else a link. */
function addressHtml(address: CitedAddress, urlPlaceholder: string): string {
  return address.absolute !== undefined
    ? escapeText(address.absolute)
    : `<a href="${escapeAttribute(address.href)}" data-cite-url>${escapeText(urlPlaceholder)}</a>`;
}

/** A marked form as escaped HTML pieces and the places where the paragraph number, address and access date go. */
type FormPiece = string | typeof LOCATOR_MARK | typeof URL_MARK | typeof ACCESSED_MARK;

/**
 * A form split and escaped once for all of a page's paragraphs, or undefined when a paragraph number could run
 * into a mark next to it (a digit or hyphen beside the locator mark could, with the number, spell the access-date
 * mark): citationParts, which puts the number in before it splits, is then used for each paragraph. Escaping works
 * character by character and a number has nothing to escape, so the pieces joined are citationParagraphHtml's HTML.
 */
function formPieces(marked: string): FormPiece[] | undefined {
  if (new RegExp(`[\\d-]${LOCATOR_MARK}|${LOCATOR_MARK}[\\d-]`).test(marked)) return undefined;
  const pieces: FormPiece[] = [];
  for (const piece of marked.split(new RegExp(`(${URL_MARK}|${ACCESSED_MARK})`))) {
    if (piece === URL_MARK || piece === ACCESSED_MARK) pieces.push(piece);
    else
      piece.split(LOCATOR_MARK).forEach((text, i) => {
        if (i > 0) pieces.push(LOCATOR_MARK);
        if (text) pieces.push(escapeText(text));
      });
  }
  return pieces;
}

/** One paragraph's citation from a form's pieces: citationParagraphHtml(citationParts(form, address, n)). */
function piecesHtml(pieces: readonly FormPiece[], address: CitedAddress, paragraph: number, urlPlaceholder: string): string {
  // As citationParts gives it: an empty absolute address is none.
  const url = addressHtml(address.absolute ? address : { href: address.href }, urlPlaceholder);
  let html = '<p data-citation-text>';
  for (const piece of pieces) {
    if (piece === LOCATOR_MARK) html += String(paragraph);
    else if (piece === URL_MARK) html += url;
    else if (piece === ACCESSED_MARK) html += ACCESSED_HTML;
    else html += piece;
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
  // Each form's label and pieces once: a page repeats them for every paragraph.
  const forms = input.forms.map((form) => ({ text: form.text, label: escapeText(form.label), pieces: formPieces(form.text) }));
  let html = ' ';
  for (const p of input.paragraphs) {
    const address = paragraphAddress(input.address, p.id);
    html +=
      `<li id="${escapeAttribute(`cite-${p.id}`)}" value="${p.number}"> <p class="paragraph-citations__excerpt"> ` +
      `<a href="${escapeAttribute(`${input.reportPath}#${p.id}`)}">${escapeText(input.paragraphLabel(p.number))}</a> ` +
      `<span>${escapeText([...p.text].slice(0, EXCERPT_CHARACTERS).join(''))}…</span> </p> <dl class="citation-list"> `;
    for (const form of forms) {
      const citation = form.pieces
        ? piecesHtml(form.pieces, address, p.number, input.urlPlaceholder)
        : citationParagraphHtml(citationParts(form.text, address, p.number), input.urlPlaceholder);
      html += `<div> <dt>${form.label}</dt> <dd> ${citation} </dd> </div>`;
    }
    html += ' </dl> </li>';
  }
  return `${html} `;
}
