/**
 * Progressive enhancement for the language switcher: keep the reader's place.
 * A plain click on a switcher link (data-locale-link) waits for
 * place-in-view.ts, which gives the link the paragraph in view and follows it.
 * That module is fetched on the first such click only, so it is not JavaScript
 * on load (an article has < 2 KB); once loaded it keeps every switcher link
 * up to date itself. Without JavaScript the links go to the top of the same
 * page in the other locale.
 */
import placeInView from './place-in-view.ts?worker&url';

addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.<HTMLElement>('a[data-locale-link]');
  if (!link || event.button || event.ctrlKey || event.metaKey || event.shiftKey || document.documentElement.dataset.placeInView) return;
  event.preventDefault();
  link.dataset.localePending = '';
  document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: placeInView }));
});
