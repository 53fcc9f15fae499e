/**
 * A report is rendered once per style with marks where the page's address, the reader's access date and a
 * paragraph number go; pages then put the real values (or a placeholder the reading script fills) in their place.
 * That keeps the cost of citations flat in the number of paragraphs: no fresh render per paragraph.
 */
/** Stands for the URL. Not an address: it never reaches a built page. */
export const URL_MARK = 'CITE-URL-MARK';
/** Stands for the access date; GB/T 7714 prints it as YYYY-MM-DD, the other styles not for these items. */
export const ACCESSED_MARK = '1999-12-31';
/** What a page shows for the access date until the reader's script writes it: GB/T 7714's own term, in any script. */
export const ACCESSED_PLACEHOLDER = '引用日期';
/** Stands for a paragraph number in the in-text and note forms. */
export const LOCATOR_MARK = '987654';

export type CitationPart =
  | { kind: 'text'; text: string }
  /** The cited page's address: `href` is its site-root path (with #paragraph); `absolute` when the site URL is known. */
  | { kind: 'url'; href: string; absolute?: string }
  /** The access date, which only the reader knows. */
  | { kind: 'accessed' };

export interface CitedAddress {
  /** Site-root path of the cited page, with #fragment for a paragraph. */
  href: string;
  /** The absolute address, when the archive was built with a site URL. */
  absolute?: string | undefined;
}

/** The cited address of one paragraph of a report. */
export function paragraphAddress(address: CitedAddress, paragraphId: string): CitedAddress {
  return { href: `${address.href}#${paragraphId}`, absolute: address.absolute && `${address.absolute}#${paragraphId}` };
}

/** Split a marked citation into text, address and access-date parts; a paragraph number replaces the locator mark. */
export function citationParts(marked: string, address: CitedAddress, paragraph?: number): CitationPart[] {
  const text = paragraph === undefined ? marked : marked.replaceAll(LOCATOR_MARK, String(paragraph));
  const parts: CitationPart[] = [];
  for (const piece of text.split(new RegExp(`(${URL_MARK}|${ACCESSED_MARK})`))) {
    if (piece === URL_MARK) parts.push({ kind: 'url', href: address.href, ...(address.absolute ? { absolute: address.absolute } : {}) });
    else if (piece === ACCESSED_MARK) parts.push({ kind: 'accessed' });
    else if (piece) parts.push({ kind: 'text', text: piece });
  }
  return parts;
}

/** The citation as one string, with the address and access date given (tests, downloads, copy). */
export function citationString(marked: string, values: { url: string; accessed: string; paragraph?: number }): string {
  return citationParts(marked, { href: values.url, absolute: values.url }, values.paragraph)
    .map((p) => (p.kind === 'text' ? p.text : p.kind === 'url' ? values.url : values.accessed))
    .join('');
}
