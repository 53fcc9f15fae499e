/**
 * The search page's DOM output: result items and status sentences, built
 * from nodes only (the query is never parsed as HTML). The query shown back
 * sits in a <bdi>, so no character in it can reorder the sentence around it.
 */
import { excerpt, type Hit } from '../../lib/search/match.ts';
import { MAX_HIGHLIGHT_TERMS } from '../../lib/search/highlight-request.ts';

/** "{q}" and other placeholders filled in: text for numbers, an isolated <bdi> for the query. */
export function sentence(template: string, vars: Record<string, string | number> = {}): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    nodes.push(document.createTextNode(template.slice(at, m.index)));
    const value = String(vars[m[1]!] ?? '');
    if (m[1] === 'q') {
      const bdi = document.createElement('bdi');
      bdi.textContent = value;
      nodes.push(bdi);
    } else nodes.push(document.createTextNode(value));
    at = m.index + m[0].length;
  }
  nodes.push(document.createTextNode(template.slice(at)));
  return nodes;
}

/**
 * Sentences of a status line run together as Chinese prose: a full stop between two sentences, none before a
 * parenthesis or after closing punctuation.
 */
export function joinSentences(parts: Node[][]): Node[] {
  const text = (nodes: Node[]) => nodes.map((n) => n.textContent ?? '').join('');
  return parts.flatMap((part, i) => {
    if (!i) return part;
    const joined = /[。！？）.!?)]$/.test(text(parts[i - 1]!)) || /^[（(]/.test(text(part));
    return joined ? part : [document.createTextNode('。'), ...part];
  });
}

export function resultItem(hit: Hit, siteRoot: URL, partialLabel: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  li.dataset['kind'] = hit.kind;
  const link = document.createElement('a');
  const target = new URL(hit.paragraph.url, siteRoot);
  for (const term of hit.found.slice(0, MAX_HIGHLIGHT_TERMS)) target.searchParams.append('hl', term);
  target.hash = hit.paragraph.id;
  link.href = target.href;
  link.dataset['resultLink'] = '';
  const title = document.createElement('span');
  title.className = 'search-result__title';
  title.textContent = hit.paragraph.pageTitle;
  const section = document.createElement('span');
  section.className = 'search-result__section';
  section.textContent = hit.paragraph.sectionTitle;
  const text = document.createElement('span');
  text.className = 'search-result__excerpt';
  for (const piece of excerpt(hit.paragraph.text, hit.ranges)) {
    if (piece.marked) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      text.append(mark);
    } else text.append(piece.text);
  }
  link.append(title, section, text);
  li.append(link);
  if (hit.kind === 'partial') {
    const badge = document.createElement('span');
    badge.className = 'search-result__partial';
    badge.textContent = partialLabel;
    li.append(badge);
  }
  return li;
}
