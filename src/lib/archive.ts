/**
 * The archive as pages see it: reports from the content collection, parsed
 * into the text model and localized. The only module pages use to reach content.
 */
import { getCollection } from 'astro:content';
import type { LedgerEntry } from './content/schema.ts';
import type { Locale } from './i18n/locales.ts';
import { parseBody } from './text/blocks.ts';
import { type LocalizedReport, localizeReport } from './text/localize.ts';

export async function getReports(locale: Locale): Promise<LocalizedReport[]> {
  const entries = await getCollection('reports');
  return entries
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => localizeReport(entry.id, entry.data, parseBody(entry.body ?? '', entry.id), locale));
}

export async function getLedger(): Promise<LedgerEntry[]> {
  return (await getCollection('corrections')).map((e) => e.data);
}
