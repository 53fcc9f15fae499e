/**
 * Build step (a page transform of relocate.ts): the 404 page is shown at any depth, so it carries its styles and
 * icon inlined (src/lib/publish/self-contained.ts), allowed by their hash in its own policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selfContainedPage } from '../lib/publish/self-contained.ts';
import type { PageTransform } from './relocate.ts';

export const NOT_FOUND_PAGE = '404.html';

export const selfContainedNotFoundPage: PageTransform = {
  applies: (page) => page === NOT_FOUND_PAGE,
  apply: (html, page, distDir) => selfContainedPage(html, page, (href) => readFileSync(join(distDir, href), 'utf8')).html,
};
