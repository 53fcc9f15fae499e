/**
 * Tests only: the built site in dist/ read as files, without a browser. Pages are parsed with linkedom (a DOM
 * for Node), so the checks use the same selectors as the browser tests, on the HTML every reader receives.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** The built site's folder; `npm test` checks the dist/ it has just built. */
export const DIST = process.env.ARCHIVE_DIST_DIR ?? 'dist';

if (!existsSync(join(DIST, 'index.html')))
  throw new Error(`${DIST}/index.html is missing: run \`npm run build\` before the checks of built HTML (npm run test:dist).`);

/**
 * Every page the build wrote under a folder, as a site path ("zh-tw/reports/x/"; "" for the root), sorted.
 * Pages are folders holding index.html.
 */
export function pagePaths(under = ''): string[] {
  const dir = join(DIST, under);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => `${under ? `${under.replace(/\/$/, '')}/` : ''}${f.replace(/index\.html$/, '')}`)
    .sort();
}

/** Whether the build wrote a page at a site path. */
export const hasPage = (path: string) => existsSync(join(DIST, path, 'index.html'));

const parsed = new Map<string, Document>();

/** The parsed document of a page ("zh-hans/about/") or file ("404.html"); parsed once per test file. */
export function page(path: string): Document {
  let doc = parsed.get(path);
  if (!doc) {
    const file = path === '' || path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
    doc = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
    parsed.set(path, doc);
  }
  return doc;
}

/** A file of the built site as text (feeds, citation downloads). */
export const distFile = (path: string) => readFileSync(join(DIST, path), 'utf8');

/** Text of an element without the interface parts inside it (data-nontext: permalink numbers, tools). */
export function textWithoutInterface(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[data-nontext]').forEach((n) => n.remove());
  return copy.textContent ?? '';
}
