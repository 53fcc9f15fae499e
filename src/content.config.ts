/**
 * Content collections. The loaders read the top-level content/ folder (or
 * ARCHIVE_CONTENT_DIR, used by tests with broken fixtures) through
 * loadArchiveContent, which validates every file and every cross-file rule and
 * stops the build with a readable list of problems.
 *
 * In `astro dev` every loader also watches the content folder: an edit to a report, the ledger,
 * people, quotes or the id registry reloads the collections, and broken content is reported with
 * the same readable list while the pages keep the last content that was valid.
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { type ArchiveContent, loadArchiveContent } from './lib/content/archive-content.ts';
import { contentDir, contentStamp, isInside } from './lib/content/content-dir.ts';
import { ArchiveContentError } from './lib/content/errors.ts';
import { indexEntrySchema, ledgerEntrySchema, quoteSchema, reportSchema } from './lib/model/schema.ts';
import { translationEntrySchema } from './lib/content/translation-schema.ts';

/** The content as last read, with the stamp of the files it was read from: read again only when a file changed. */
let loaded: { stamp: string; content: ArchiveContent } | undefined;
function content(): ArchiveContent {
  const stamp = contentStamp(contentDir());
  if (loaded?.stamp !== stamp) loaded = { stamp, content: loadArchiveContent(contentDir()) };
  return loaded.content;
}

/** The last problem report printed in dev, so four collections reloading print it once. */
let lastReported: string | undefined;

/** A loader that fills its collection from the archive's content, and in dev refills it on every content edit. */
function archiveLoader(
  name: string,
  fill: (store: LoaderContext['store'], content: ArchiveContent, context: LoaderContext) => void,
): Loader {
  let watching: LoaderContext['watcher'];
  return {
    name,
    load: async (context) => {
      const sync = () => {
        const current = content(); // throws before the store is touched: a broken edit keeps the last valid content
        context.store.clear();
        fill(context.store, current, context);
      };
      const { watcher, logger } = context;
      if (!watcher) return sync(); // the build: broken content stops it
      // Dev: a problem is printed (once for all collections) and the server keeps the last valid content,
      // also when the content is already broken at start; every later edit is read again.
      const syncOrReport = () => {
        try {
          sync();
          lastReported = undefined;
        } catch (error) {
          const message = error instanceof ArchiveContentError ? error.message : String(error);
          if (message !== lastReported) logger.error(message);
          lastReported = message;
        }
      };
      if (watching !== watcher) {
        watching = watcher;
        const dir = contentDir();
        watcher.add(dir);
        for (const event of ['add', 'change', 'unlink'] as const)
          watcher.on(event, (path: string) => isInside(dir, path) && syncOrReport());
      }
      syncOrReport();
    },
  };
}

const reportsLoader = archiveLoader('archive-reports', (store, { reports }, { generateDigest }) => {
  for (const report of reports) {
    store.set({ id: report.data.slug, data: report.data, body: report.body, filePath: report.file, digest: generateDigest(report.body) });
  }
});

// The position keeps the ledger in its file order (the store does not).
const ledgerLoader = archiveLoader('archive-ledger', (store, { ledger }) =>
  ledger.forEach((entry, position) => store.set({ id: entry.id, data: { ...entry, position } })),
);

const peopleLoader = archiveLoader('archive-people', (store, { people }) => {
  for (const entry of people) store.set({ id: entry.id, data: entry });
});

const quotesLoader = archiveLoader('archive-quotes', (store, { quotes }) => {
  for (const quote of quotes) store.set({ id: quote.id, data: quote });
});

const paragraphIdsLoader = archiveLoader('archive-paragraph-ids', (store, { idRegistry }) => {
  for (const [slug, registry] of Object.entries(idRegistry)) store.set({ id: slug, data: { ...registry } });
});

const translationsLoader = archiveLoader('archive-translations', (store, { translations }) => {
  for (const t of translations)
    store.set({ id: `${t.lang}/${t.data.slug}`, data: { ...t.data, lang: t.lang, blocks: t.blocks }, filePath: t.file });
});

export const collections = {
  reports: defineCollection({ loader: reportsLoader, schema: reportSchema }),
  corrections: defineCollection({ loader: ledgerLoader, schema: ledgerEntrySchema.and(z.object({ position: z.number().int() })) }),
  people: defineCollection({ loader: peopleLoader, schema: indexEntrySchema }),
  quotes: defineCollection({ loader: quotesLoader, schema: quoteSchema }),
  translations: defineCollection({ loader: translationsLoader, schema: translationEntrySchema }),
  paragraphIds: defineCollection({
    loader: paragraphIdsLoader,
    schema: z.object({ ids: z.record(z.string(), z.string()), aliases: z.record(z.string(), z.string()).optional() }),
  }),
};
