/**
 * Progressive enhancement for report and citation pages (the pages work
 * without it): copy-link and cite buttons on each paragraph, copy buttons on
 * citations, and today's date in place of the "access date" placeholder.
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

/** Today's date in place of the citations' access-date placeholder: ISO for GB/T 7714, MLA's day month. year. */
function accessDate(citation: string): string {
  const now = new Date();
  const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const months = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
  const mla = `${now.getDate()} ${months[now.getMonth()]} ${now.getFullYear()}`;
  return citation.replace('[引用日期]', `[${iso}]`).replace('Accessed access date.', `Accessed ${mla}.`);
}

if (root) {
  const strings = JSON.parse(root.dataset.l10n ?? '{}') as Strings;
  for (const el of all('[data-citation-text]')) {
    el.textContent = accessDate(el.textContent!);
    el.after(copyButton(strings.copyCitation, () => el.textContent!, strings));
  }
  all('.citation-note').forEach((n) => (n.hidden = true));
  const citePage = root.dataset.citePage;
  // Added in the browser only, so Pagefind (which reads the built HTML) never sees these tools.
  for (const para of all('p[data-para]')) {
    const tools = make('span', 'para-tools');
    tools.dataset.nontext = '';
    tools.append(copyButton(strings.copyLink, () => new URL(`#${para.id}`, location.href).href, strings));
    if (citePage) {
      const cite = make('a', 'para-cite');
      cite.href = `${citePage}#cite-${para.id}`;
      cite.textContent = strings.cite;
      tools.append(cite);
    }
    para.append(tools);
  }
}
