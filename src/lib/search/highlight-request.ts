/**
 * What an article page highlights when a search result links to it
 * (?hl=words#paragraph): the paragraph id from the fragment and up to eight
 * words. Links can be mangled or hand-made: a fragment that is not valid
 * percent-encoding, an id that cannot be a paragraph's, empty, huge or
 * control-laden words are all ignored (no highlight), never an error.
 */
import { stripBidiControls } from './url-state.ts';

export const MAX_HIGHLIGHT_TERMS = 8;
/** A highlighted word is a matched piece of one paragraph; anything longer came from somewhere else. */
export const MAX_HIGHLIGHT_LENGTH = 200;
/** Paragraph ids: "p3" in the lede, "s2-p5" in section 2 (src/lib/text/blocks.ts). */
const PARAGRAPH_ID = /^(?:s\d{1,4}-)?p\d{1,5}$/;
const CONTROL = /\p{Cc}/u;

export interface HighlightRequest {
  paragraphId: string;
  terms: string[];
}

/** The fragment decoded, or null when it is not valid percent-encoding (#%, #%E0%A4%A, a lone surrogate #%ED%A0%80). */
export function decodeFragment(hash: string): string | null {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
}

/** The highlight a URL asks for, or null when it asks for none or for something malformed. */
export function highlightRequest(search: string, hash: string): HighlightRequest | null {
  const paragraphId = decodeFragment(hash);
  if (!paragraphId || !PARAGRAPH_ID.test(paragraphId)) return null;
  const terms = new URLSearchParams(search)
    .getAll('hl')
    .map((t) => stripBidiControls(t).trim())
    .filter((t) => t && t.length <= MAX_HIGHLIGHT_LENGTH && !CONTROL.test(t) && !t.includes('\ufffd'));
  const unique = [...new Set(terms)].slice(0, MAX_HIGHLIGHT_TERMS);
  return unique.length ? { paragraphId, terms: unique } : null;
}
