/**
 * The language switcher's place keeping, fetched by carry-fragment.ts on the
 * reader's first click on a switcher link. It follows that link, and from
 * then on every switcher link the reader clicks, points at or focuses gets the #id of the
 * paragraph or section heading at the top of the view (ids are the same in
 * every locale, so the id is carried whatever the target), or the URL's
 * fragment when the view shows no text (an English page opened with one).
 */
const carry = (link: Element, hash: string) => link.setAttribute('href', link.getAttribute('href')!.replace(/#.*|$/, hash));

function place(): string {
  const top = document.querySelector('.reading-bar')?.getBoundingClientRect().bottom ?? 0;
  // A paragraph the reader followed a link to stays the place while it is in view (the page may not scroll it to the top).
  const target = document.querySelector(':target:is([data-para],.section-heading)')?.getBoundingClientRect();
  if (target && target.bottom > top && target.top < innerHeight) return location.hash;
  // Probe near the start of the text lines (clear of the switcher's open list, which hangs from the right), twice:
  // the first probe may fall in the gap between two paragraphs.
  for (const y of [top + 20, top + 50]) {
    const el = document.elementFromPoint(innerWidth / 2 - 99, y)?.closest('[data-para],.section-heading');
    if (el) return `#${el.id}`;
  }
  return location.hash;
}

const linkOf = (event: Event) => (event.target as Element).closest?.<HTMLAnchorElement>('a[data-locale-link]');
for (const type of ['click', 'pointerdown', 'focusin'])
  addEventListener(type, (event) => {
    const link = linkOf(event);
    if (link) carry(link, place());
  });

// The link the reader clicked, which waited for this module: give it the place and follow it.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-locale-pending]')) {
  delete link.dataset.localePending;
  carry(link, place());
  location.href = link.href;
}
// From now on clicks go through at once (carry-fragment.ts stands aside), with the place from the listeners above.
document.documentElement.dataset.placeInView = '1';
