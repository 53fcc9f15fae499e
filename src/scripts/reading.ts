/**
 * Progressive enhancement for report and citation pages (the pages work
 * without it): copy-link and cite buttons on each paragraph, copy buttons on
 * citations, and today's date in place of the "access date" placeholder.
 * Interface strings come from data-l10n on the element marked data-reading.
 */
interface Strings {
  copyLink: string;
  copyCitation: string;
  copied: string;
  cite: string;
  citePage: string;
}

const root = document.querySelector<HTMLElement>('[data-reading]');

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Insecure contexts (plain http on a LAN host) have no clipboard API; fall back to a selection.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

function copyButton(label: string, text: () => string, strings: Strings): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
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

function fillAccessDate(): void {
  const now = new Date();
  const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const months = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
  const mla = `${now.getDate()} ${months[now.getMonth()]} ${now.getFullYear()}`;
  for (const el of document.querySelectorAll<HTMLElement>('[data-citation-text]')) {
    el.textContent = (el.textContent ?? '').replace('[引用日期]', `[${iso}]`).replace('Accessed access date.', `Accessed ${mla}.`);
  }
  document.querySelectorAll<HTMLElement>('.citation-note').forEach((n) => (n.hidden = true));
}

if (root) {
  const strings = JSON.parse(root.dataset.l10n ?? '{}') as Strings;
  fillAccessDate();
  for (const el of document.querySelectorAll<HTMLElement>('[data-citation-text]')) {
    el.after(copyButton(strings.copyCitation, () => el.textContent ?? '', strings));
  }
  const citePage = root.dataset.citePage;
  for (const para of document.querySelectorAll<HTMLElement>('p[data-para]')) {
    const tools = document.createElement('span');
    tools.className = 'para-tools';
    tools.dataset.nontext = '';
    tools.dataset.pagefindIgnore = '';
    tools.append(copyButton(strings.copyLink, () => new URL(`#${para.id}`, location.href).href, strings));
    if (citePage) {
      const cite = document.createElement('a');
      cite.href = `${citePage}#cite-${para.id}`;
      cite.textContent = strings.cite;
      cite.className = 'para-cite';
      tools.append(cite);
    }
    para.append(tools);
  }
}
