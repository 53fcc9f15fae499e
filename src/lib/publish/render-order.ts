/**
 * The order Astro renders the archive's pages in: its own, except that every report page in a Traditional script
 * comes after all the others.
 *
 * Why: those pages show citations that the citation worker renders last. The worker (lib/cite/citation-worker.ts)
 * renders every record's shape from the start of the build, the Simplified ones first (archive.ts queues the Chinese
 * scripts in LOCALES order). Traditional titles set quotations in 「」, which citeproc treats unlike “”, so the
 * Taiwan and Hong Kong records have shapes of their own (the two share them). In Astro's order a route renders
 * every script in turn: the Taiwan paragraph-citations pages came right after the Simplified ones and waited for
 * the worker (10,000 reports: 82 s against 42–46 s for each other script), and later the worker's core idled
 * while this thread rendered the articles alone. Rendered last, after the Simplified and English pages, they find
 * their citations ready. The order changes no page's content.
 */
import { LOCALES, type Locale } from '../i18n/locales.ts';

/** Whether a page is one of a Traditional script's report pages (the report, its citations, its other views). */
export function rendersLate(pathname: string, locales: readonly Locale[] = LOCALES): boolean {
  return locales.some((l) => l.conversion !== undefined && pathname.startsWith(`/${l.code}/reports/`));
}

/** The paths in render order: Astro's order, with the Traditional scripts' report pages moved to the end in theirs. */
export function renderOrder<T extends { pathname: string }>(paths: readonly T[], locales: readonly Locale[] = LOCALES): T[] {
  const early: T[] = [];
  const late: T[] = [];
  for (const path of paths) (rendersLate(path.pathname, locales) ? late : early).push(path);
  return [...early, ...late];
}
