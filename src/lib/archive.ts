/**
 * The archive as pages see it: reports from the content collection, parsed
 * into the text model and localized. The only module pages use to reach content.
 */
import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import type { IndexEntry, LedgerEntry, Quote } from './model/schema.ts';
import { type Edition, readEdition } from './publish/edition.ts';
import { prefetchReportCitations } from './cite/page-citations.ts';
import { contentDir } from './content/content-dir.ts';
import { forLocale } from './i18n/convert.ts';
import { getLocale, LOCALES, type Locale, SOURCE_LOCALE } from './i18n/locales.ts';
import { buildIndexView, type IndexView } from './index/view.ts';
import type { Dict } from './search/fold.ts';
import { archiveFold, archiveStrings, pageScriptMap } from './search/script-table.ts';
import { parseBody } from './text/blocks.ts';
import { aliasesByTarget } from './text/id-registry.ts';
import { type LocalizedReport, localizeHeading, localizeReport } from './text/localize.ts';
import { type Translation, translateReport } from './translation/english-report.ts';

type ReportEntry = CollectionEntry<'reports'>;

/** The collection's reports in archive order, read once per build. */
let entries: Promise<ReportEntry[]> | undefined;
function reportEntries(): Promise<ReportEntry[]> {
  entries ??= getCollection('reports').then((list) => {
    const sorted = list.sort((a, b) => a.data.order - b.data.order);
    // The first route that reads reports starts the citations' head start, before any body is converted.
    try {
      prefetchCitationsOnce(sorted);
    } catch (error) {
      console.warn(
        `Citations render on the main thread only: their worker did not start (${error instanceof Error ? error.message : error}).`,
      );
    }
    return sorted;
  });
  return entries;
}

/** Localized reports per locale, computed once per build: many pages need them, and conversion is the costly part. */
const localized = new Map<string, Promise<LocalizedReport[]>>();
export function getReports(locale: Locale): Promise<LocalizedReport[]> {
  let reports = localized.get(locale.code);
  if (!reports) {
    reports = reportEntries().then((sorted) =>
      sorted.map((entry) => localizeReport(entry.id, entry.data, parseBody(entry.body ?? '', entry.id), locale)),
    );
    localized.set(locale.code, reports);
  }
  return reports;
}

const positions = new Map<string, Promise<Map<string, number>>>();
/** A report's position in the archive's order (the same in every locale), by slug, without a scan per page. */
export async function reportPosition(locale: Locale, slug: string): Promise<number> {
  let bySlug = positions.get(locale.code);
  if (!bySlug) {
    bySlug = getReports(locale).then((reports) => new Map(reports.map((r, i) => [r.slug, i] as const)));
    positions.set(locale.code, bySlug);
  }
  return (await bySlug).get(slug) ?? -1;
}

let searchFold: Promise<Dict> | undefined;
/** The search pages' character folding table (the same for every locale), computed once per build. */
export function getSearchFold(): Promise<Dict> {
  searchFold ??= (async () => {
    const strings = async (code: string) =>
      archiveStrings((await getReports(getLocale(code))).map((r) => ({ headline: r.header.headline, body: r.body })));
    return archiveFold(await strings('zh-hans'), await strings('zh-tw'), await strings('zh-hk'));
  })();
  return searchFold;
}

const pageScriptMaps = new Map<string, Promise<Dict>>();
/**
 * The map from folded characters to the forms one locale's index uses (script-table.ts `pageScriptMap`), once per
 * locale: in a large archive three search pages search the Simplified index, and each map reads every character.
 */
export function getIndexScriptMap(code: string): Promise<Dict> {
  let map = pageScriptMaps.get(code);
  if (!map) {
    map = (async () => {
      const reports = await getReports(getLocale(code));
      return pageScriptMap(await getSearchFold(), archiveStrings(reports.map((r) => ({ headline: r.header.headline, body: r.body }))));
    })();
    pageScriptMaps.set(code, map);
  }
  return map;
}

let citationsPrefetched = false;
/**
 * In a build, every report's citations start rendering in a worker thread (lib/cite/citation-worker.ts) as soon as
 * a page first reads the reports, in the order the pages ask for them: Astro renders a route for every report in
 * one script, then the next script (report by report across scripts, the first script's paragraph-citations pages
 * waited on renders of the other two). Records need only each report's heading, so the worker starts while this
 * thread converts the bodies. Not in `astro dev`, which renders one page at a time and reloads modules on edits, nor
 * in tests, which render in-thread. A failure here only means pages render their citations themselves; a failure in
 * the worker fails the pages that wait on it.
 */
function prefetchCitationsOnce(sorted: readonly ReportEntry[]): void {
  if (citationsPrefetched || !import.meta.env.PROD) return;
  citationsPrefetched = true;
  const chinese = LOCALES.filter((l) => l.hasReportText);
  prefetchReportCitations(
    chinese.flatMap((locale) => sorted.map((entry) => ({ report: localizeHeading(entry.id, entry.data, locale), locale }))),
  );
}

/** `getStaticPaths` for per-report pages: one path per locale (filtered) and report, with both as props. */
export async function reportStaticPaths(filter: (locale: Locale) => boolean = () => true) {
  const paths = [];
  for (const locale of LOCALES.filter(filter)) {
    for (const report of await getReports(locale))
      paths.push({ params: { locale: locale.code, slug: report.slug }, props: { locale, report } });
  }
  return paths;
}

/**
 * A value read once per build. `astro dev` reads it on every call instead: a request that came while an edit was
 * being synced would otherwise keep the old content until the next edit.
 */
function oncePerBuild<T>(read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (import.meta.env.PROD ? (value ??= read()) : read());
}

/** Every Chinese script's version of each report, by slug (in LOCALES order): what the per-report data files need. */
export const getReportVersions = oncePerBuild(
  async (): Promise<ReadonlyMap<string, readonly { locale: Locale; report: LocalizedReport }[]>> => {
    const map = new Map<string, { locale: Locale; report: LocalizedReport }[]>();
    for (const locale of LOCALES.filter((l) => l.hasReportText))
      for (const report of await getReports(locale)) map.set(report.slug, [...(map.get(report.slug) ?? []), { locale, report }]);
    return map;
  },
);

/**
 * The ledger in its order. Every report page reads its own entries; reading the whole collection per page grew with
 * the number of reports times the number of entries.
 */
export const getLedger = oncePerBuild(async (): Promise<LedgerEntry[]> =>
  (await getCollection('corrections'))
    .sort((a, b) => a.data.position - b.data.position)
    .map(({ data: { position: _, ...entry } }) => entry as LedgerEntry),
);

/** Each report's ledger entries, in ledger order, by slug. */
export const getLedgerByReport = oncePerBuild(async (): Promise<ReadonlyMap<string, readonly LedgerEntry[]>> => {
  const map = new Map<string, LedgerEntry[]>();
  for (const entry of await getLedger()) {
    const own = map.get(entry.report);
    if (own) own.push(entry);
    else map.set(entry.report, [entry]);
  }
  return map;
});

/** Retired paragraph ids of a report, grouped by the current id that carries them (content/paragraph-ids.json). */
export async function idAliases(slug: string): Promise<Map<string, string[]>> {
  const entry = await getEntry('paragraphIds', slug);
  return aliasesByTarget(entry ? { ids: entry.data.ids, ...(entry.data.aliases ? { aliases: entry.data.aliases } : {}) } : undefined);
}

export async function getPeople(): Promise<IndexEntry[]> {
  return (await getCollection('people')).map((e) => e.data);
}

export async function getQuotes(): Promise<Quote[]> {
  return (await getCollection('quotes')).map((e) => e.data);
}

/** The quote index and the index of people and places, as one locale shows them. */
export async function getIndexView(locale: Locale): Promise<IndexView> {
  return buildIndexView(locale, await getReports(locale), await getPeople(), await getQuotes());
}

/** Kinds of entries whose mentions are linked in the report text (countries and regions would be everywhere). */
const LINKED_KINDS = new Set(['person', 'organisation', 'document']);

/** Mention forms for linking in the text of one locale, converted like the text. */
const mentionForms = new Map<string, Promise<{ form: string; entry: string }[]>>();
export function getMentionForms(locale: Locale): Promise<{ form: string; entry: string }[]> {
  let forms = mentionForms.get(locale.code);
  if (!forms) {
    forms = getPeople().then((people) =>
      people
        .filter((p) => LINKED_KINDS.has(p.kind))
        // English pages show the archive's translation, which names entries by their English names.
        .flatMap((p) =>
          locale.hasReportText
            ? p.mentions.map((form) => ({ form: forLocale(form, locale), entry: p.id }))
            : [{ form: p.names.en, entry: p.id }],
        ),
    );
    mentionForms.set(locale.code, forms);
  }
  return forms;
}

// By id: getEntry would warn about every report that has no translation yet (a normal state), and so does
// getCollection, once, when there are none at all.
const translationsById = oncePerBuild(
  async () => new Map((await getCollection('translations')).map((e) => [e.id, { data: e.data, blocks: e.data.blocks }] as const)),
);

/** The archive's English translation of a report, when it has one. */
export async function getTranslation(slug: string): Promise<Translation | undefined> {
  return (await translationsById()).get(`en/${slug}`);
}

/** The English report page's report: the Simplified report's structure with the translation's text, or undefined. */
const english = new Map<string, Promise<LocalizedReport | undefined>>();
export function getEnglishReport(slug: string): Promise<LocalizedReport | undefined> {
  let report = english.get(slug);
  if (!report) {
    report = (async () => {
      const translation = await getTranslation(slug);
      const original = (await getReports(SOURCE_LOCALE)).find((r) => r.slug === slug);
      return translation && original ? translateReport(original, translation) : undefined;
    })();
    english.set(slug, report);
  }
  return report;
}

let edition: Edition | undefined;
/** The edition of the content this build publishes (hash of content/, date from its changelog), read once per build. */
export function getEdition(): Edition {
  edition ??= readEdition(contentDir());
  return edition;
}
