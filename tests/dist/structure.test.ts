/**
 * Every built page has the same landmarks — one site header, one main#main, one site footer — one h1, and
 * headings that never skip a level inside main. Read from dist/ without a browser (it was one article in the
 * browser; now every page), and no id used twice.
 */
import { describe, expect, it } from 'vitest';
import { page, pagePaths } from '../support/dist.ts';

const pages = pagePaths();

/** What is wrong with a page's landmarks and headings; empty when right. */
function structureProblems(path: string): string[] {
  const doc = page(path);
  const problems: string[] = [];
  for (const [selector, what] of [
    ['header.site-header', 'site header'],
    ['main#main', 'main#main'],
    ['footer.site-footer', 'site footer'],
    ['h1', 'h1'],
  ] as const) {
    const count = doc.querySelectorAll(selector).length;
    if (count !== 1) problems.push(`${count} × ${what}`);
  }
  const levels = [...doc.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')].map((h) => Number(h.tagName[1]));
  levels.forEach((level, i) => {
    if (i > 0 && level - levels[i - 1]! > 1) problems.push(`h${levels[i - 1]} followed by h${level}`);
  });
  return problems;
}

describe(`landmarks and headings on every built page (${pages.length})`, () => {
  it('finds the pages', () => {
    expect(pages).toContain('');
    expect(pages.length).toBeGreaterThan(10);
  });

  it('one header, main, footer and h1 each, and no skipped heading level', () => {
    const found = Object.fromEntries(pages.map((p) => [p || '(root)', structureProblems(p)] as const).filter(([, f]) => f.length > 0));
    expect(found).toEqual({});
  });

  // axe checks ids on one page per type, and on long pages only their first entries (tests/e2e/accessibility.spec.ts).
  it('no id is used twice on a page', () => {
    const found: Record<string, string[]> = {};
    for (const path of pages) {
      const ids = [...page(path).querySelectorAll('[id]')].map((el) => el.id);
      const twice = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
      if (twice.length) found[path || '(root)'] = twice;
    }
    expect(found).toEqual({});
  });
});
