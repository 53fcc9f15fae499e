/**
 * Carry a reader's #fragment onto a link: paragraph and section ids are the
 * same in every script, so the same fragment names the same place on the
 * other locale's page. Works on relative hrefs and keeps them relative.
 */
export function withFragment(href: string, hash: string): string {
  const base = href.replace(/#.*$/s, '');
  const fragment = hash.replace(/^#/, '');
  return fragment ? `${base}#${fragment}` : base;
}
