/**
 * Progressive enhancement for the language switcher: keep the reader's place.
 * On load and whenever the fragment changes, every link marked
 * data-locale-link gets the current location.hash. Without JavaScript the
 * links still go to the top of the same page in the other locale.
 */
import { withFragment } from '../lib/url/fragment.ts';

function carry(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-locale-link]')) {
    const href = link.getAttribute('href');
    if (href !== null) link.setAttribute('href', withFragment(href, location.hash));
  }
}

carry();
window.addEventListener('hashchange', carry);
