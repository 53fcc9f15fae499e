/**
 * Content collections. The loaders read the top-level content/ folder (or
 * ARCHIVE_CONTENT_DIR, used by tests with broken fixtures) through
 * loadArchiveContent, which validates every file and every cross-file rule and
 * stops the build with a readable list of problems.
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import type { Loader } from 'astro/loaders';
import { type ArchiveContent, loadArchiveContent } from './lib/content/archive-content.ts';
import { contentDir } from './lib/content/content-dir.ts';
import { indexEntrySchema, ledgerEntrySchema, quoteSchema, reportSchema } from './lib/model/schema.ts';

let loaded: ArchiveContent | undefined;
function content(): ArchiveContent {
  loaded ??= loadArchiveContent(contentDir());
  return loaded;
}

const reportsLoader: Loader = {
  name: 'archive-reports',
  load: async ({ store, generateDigest }) => {
    store.clear();
    for (const report of content().reports) {
      store.set({ id: report.data.slug, data: report.data, body: report.body, filePath: report.file, digest: generateDigest(report.body) });
    }
  },
};

const ledgerLoader: Loader = {
  name: 'archive-ledger',
  load: async ({ store }) => {
    store.clear();
    // The position keeps the ledger in its file order (the store does not).
    content().ledger.forEach((entry, position) => store.set({ id: entry.id, data: { ...entry, position } }));
  },
};

const peopleLoader: Loader = {
  name: 'archive-people',
  load: async ({ store }) => {
    store.clear();
    for (const entry of content().people) store.set({ id: entry.id, data: entry });
  },
};

const quotesLoader: Loader = {
  name: 'archive-quotes',
  load: async ({ store }) => {
    store.clear();
    for (const quote of content().quotes) store.set({ id: quote.id, data: quote });
  },
};

export const collections = {
  reports: defineCollection({ loader: reportsLoader, schema: reportSchema }),
  corrections: defineCollection({ loader: ledgerLoader, schema: ledgerEntrySchema.and(z.object({ position: z.number().int() })) }),
  people: defineCollection({ loader: peopleLoader, schema: indexEntrySchema }),
  quotes: defineCollection({ loader: quotesLoader, schema: quoteSchema }),
};
