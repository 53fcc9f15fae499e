/**
 * Article pages: when a search result links here (?hl=words#paragraph), mark
 * those words inside that paragraph only — with the CSS Custom Highlight API
 * where the browser has it, else by wrapping them in <mark>. Text is located
 * in DOM text nodes; nothing from the URL is ever parsed as HTML.
 */
import { highlightRequest } from '../lib/search/highlight-request.ts';

// Malformed links (a fragment that is not valid percent-encoding, odd hl values) ask for nothing: no error.
const request = highlightRequest(location.search, location.hash);
const terms = request?.terms ?? [];
const paragraph = request ? document.getElementById(request.paragraphId) : null;

if (paragraph?.matches('[data-para]')) {
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('[data-nontext]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n as Text, start: text.length });
    text += (n as Text).data;
  }
  const at = (offset: number, end: boolean) => {
    const hit = nodes.findLast((x) => (end ? x.start < offset : x.start <= offset))!;
    return { node: hit.node, offset: offset - hit.start };
  };
  const ranges: Range[] = [];
  for (const term of terms) {
    for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + term.length)) {
      const range = document.createRange();
      const a = at(i, false);
      const b = at(i + term.length, true);
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      ranges.push(range);
    }
  }
  if (ranges.length) {
    paragraph.dataset['searchHit'] = String(ranges.length);
    if ('highlights' in CSS && typeof Highlight === 'function') {
      CSS.highlights.set('search-hit', new Highlight(...ranges));
    } else {
      for (const range of ranges.reverse()) {
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        try {
          range.surroundContents(mark);
        } catch {
          // A match across element boundaries cannot be wrapped whole; the paragraph is still marked.
        }
      }
    }
  }
}
