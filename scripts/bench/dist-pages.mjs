/**
 * The pages a build produced, discovered from dist/ (never a fixed list, so
 * pages added later — search, quote index — are measured once they exist).
 * Each page gets a type: home, article, article/<sub-page> (e.g. article/cite),
 * entry (one page per person, organisation or place of the index), or the path after the locale.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const LOCALES = ['zh-hans', 'zh-tw', 'zh-hk', 'en'];

function pageType(parts) {
  if (parts.length === 1) return 'home';
  if (parts[1] === 'reports' && parts.length === 3) return 'article';
  if (parts[1] === 'reports' && parts.length > 3) return `article/${parts.slice(3).join('/')}`;
  if (parts[1] === 'people' && parts.length === 3) return 'entry';
  return parts.slice(1).join('/');
}

/** [{ locale, type, path (site-root URL path), file }] for every locale page; one per (type, locale) with `representatives`. */
export function discoverPages(distDir) {
  const pages = [];
  for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const rel = relative(distDir, join(entry.parentPath, entry.name));
    const parts = rel.split(sep).slice(0, -1);
    if (!LOCALES.includes(parts[0])) continue;
    pages.push({ locale: parts[0], type: pageType(parts), path: `/${parts.join('/')}/`, file: join(distDir, rel) });
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** The first page of each (type, locale), in a stable order. */
export function representatives(pages) {
  const seen = new Map();
  for (const page of pages) {
    const key = `${page.type} ${page.locale}`;
    if (!seen.has(key)) seen.set(key, page);
  }
  return [...seen.values()].sort((a, b) => a.type.localeCompare(b.type) || LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale));
}
