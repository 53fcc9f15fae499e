/**
 * Progressive enhancement for report and citation pages (the pages work
 * without it): copy-link and cite buttons on each paragraph, copy buttons on
 * citations, today's date in place of the "access date" placeholder, and the reader's address where the archive
 * names none.
 * Interface strings come from data-l10n on the element marked data-reading.
 */
// The search highlighter is built as its own self-contained script (Vite's ?worker&url gives its URL) and fetched
// only when a search result linked here with words to mark (?hl=…), so other visits do not load it.
import highlighter from './search-highlight.ts?worker&url';

interface Strings {
  copyLink: string;
  copyCitation: string;
  copied: string;
  cite: string;
  citePage: string;
}

// Kept small: this is the one script an article page loads besides the language switcher's.
const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '') => Object.assign(document.createElement(tag), { className });
const all = <E extends Element = HTMLElement>(selector: string) => document.querySelectorAll<E>(selector);
const root = document.querySelector<HTMLElement>('[data-reading]');
if (new URLSearchParams(location.search).has('hl'))
  document.head.append(Object.assign(make('script'), { type: 'module', src: highlighter }));

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Insecure contexts (plain http on a LAN host) have no clipboard API; fall back to a selection.
    const area = make('textarea', 'visually-hidden');
    area.value = text;
    area.readOnly = true;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

function copyButton(label: string, text: () => string, strings: Strings): HTMLButtonElement {
  const button = make('button', 'copy-button');
  button.type = 'button';
  button.textContent = label;
  button.dataset.nontext = '';
  button.addEventListener('click', async () => {
    if (await copy(text())) {
      button.textContent = strings.copied;
      setTimeout(() => (button.textContent = label), 1500);
    }
  });
  return button;
}

/** This page's address for links and citations: the reader's own, without the search highlighter's ?hl=. */
function pageUrl(hash = ''): string {
  const url = new URL(location.href);
  url.searchParams.delete('hl');
  url.hash = hash;
  return url.href;
}

// Citations: the address the reader has where the archive was built without a site URL, and today's date (GB/T
// 7714's YYYY-MM-DD) as the access date (the note asking the reader to fill it in is shown only without JavaScript).
for (const a of all<HTMLAnchorElement>('a[data-cite-url]')) a.textContent = a.href;
const today = new Date();
const accessed = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
for (const span of all('[data-cite-accessed]')) span.textContent = accessed;

if (root) {
  const strings = JSON.parse(root.dataset.l10n ?? '{}') as Strings;
  // Beside the style's label (whose line has room for it), so the citations below do not move when it arrives.
  for (const el of all('[data-citation-text]')) {
    const button = copyButton(strings.copyCitation, () => el.textContent!, strings);
    const label = el.closest('dd')?.previousElementSibling;
    if (label) label.append(button);
    else el.after(button);
  }
  const citePage = root.dataset.citePage;
  // Added in the browser only, so Pagefind (which reads the built HTML) never sees these tools.
  for (const para of all('p[data-para]')) {
    const tools = make('span', 'para-tools');
    tools.dataset.nontext = '';
    tools.append(copyButton(strings.copyLink, () => pageUrl(para.id), strings));
    if (citePage) {
      const cite = make('a', 'para-cite');
      cite.href = `${citePage}#cite-${para.id}`;
      cite.textContent = strings.cite;
      tools.append(cite);
    }
    para.append(tools);
  }
}
