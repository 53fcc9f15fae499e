import { describe, expect, it } from 'vitest';
import { LOCALES, SOURCE_LOCALE } from '../../src/lib/i18n/locales.ts';
import { renderOrder, rendersLate } from '../../src/lib/publish/render-order.ts';

/** Paths as Astro lists them: route by route, each route's pages script by script. */
function astroOrder(slugs: string[]) {
  const codes = LOCALES.map((l) => l.code);
  return [
    '/404.html',
    ...slugs.map((s) => `/build-downloads/${s}.json`),
    ...codes.map((c) => `/${c}/about/`),
    ...codes.flatMap((c) => slugs.map((s) => `/${c}/reports/${s}/cite/`)),
    ...codes.flatMap((c) => slugs.map((s) => `/${c}/reports/${s}/`)),
    ...codes.map((c) => `/${c}/search/`),
    '/',
  ].map((pathname, i) => ({ pathname, i }));
}

describe('renderOrder', () => {
  const paths = astroOrder(['a', 'b']);
  const ordered = renderOrder(paths);
  const converted = LOCALES.filter((l) => l.conversion).map((l) => l.code);

  it('keeps every page once', () => {
    expect([...ordered].sort((x, y) => x.i - y.i)).toEqual(paths);
  });

  it("puts the Traditional scripts' report pages after every other page, each part in Astro's order", () => {
    const late = ordered.filter((p) => rendersLate(p.pathname));
    expect(late.length).toBeGreaterThan(0);
    expect(ordered.slice(-late.length)).toEqual(late);
    for (const part of [ordered.slice(0, -late.length), late])
      expect(part.map((p) => p.i)).toEqual(part.map((p) => p.i).sort((x, y) => x - y));
    for (const p of late) expect(converted.some((c) => p.pathname.startsWith(`/${c}/reports/`))).toBe(true);
  });

  it('leaves the Simplified and English report pages and every other Traditional page early', () => {
    expect(rendersLate(`/${SOURCE_LOCALE.code}/reports/a/cite/`)).toBe(false);
    expect(rendersLate('/en/reports/a/')).toBe(false);
    for (const c of converted) {
      expect(rendersLate(`/${c}/reports/a/cite/`)).toBe(true);
      expect(rendersLate(`/${c}/about/`)).toBe(false);
      expect(rendersLate(`/${c}/search/`)).toBe(false);
    }
  });

  it('changes nothing for an archive without converted scripts', () => {
    const plain = LOCALES.filter((l) => !l.conversion);
    expect(renderOrder(paths, plain)).toEqual(paths);
  });
});
