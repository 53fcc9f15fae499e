/**
 * What a citation needs to know, independent of format. Built from a report
 * as one locale shows it; the formatters in this folder only arrange it.
 */
import { OUTLET_INFO, type OutletInfo } from '../model/outlets.ts';
import type { Outlet } from '../model/schema.ts';
import { beijingDate } from '../format/dates.ts';

export interface CitationInput {
  /** The title as the page shows it (converted on Traditional pages). */
  title: string;
  /** True when the archive wrote the title: formats then bracket it as a description. */
  titleIsEditorial: boolean;
  /** The archive's English rendering of the title. */
  titleEn: string;
  /** Author names as printed, in order. */
  authors: string[];
  outlets: Outlet[];
  /** ISO 8601 publication date-time (+08:00). */
  published: string;
  /** Absolute URL of the page (with #fragment for a paragraph). */
  url: string;
  /** Date the reader accessed the page (YYYY-MM-DD); absent in static output, where a placeholder stands. */
  accessed?: string;
  /** Set when citing one paragraph. */
  paragraph?: { id: string; number: number };
  /** The archive itself, as the container of the copy cited. */
  archiveTitle: string;
  /** BCP 47 language of the cited text. */
  language: string;
  /** Report slug, for citation keys. */
  slug: string;
  /** Writes Chinese interface text (outlet names) in the page's script; identity for Simplified. */
  zh: (text: string) => string;
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export const published = (input: CitationInput): Ymd => beijingDate(input.published);

export const isoDay = ({ year, month, day }: Ymd) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Outlet facts, with the Chinese name written in the page's script. */
export function outletInfo(input: CitationInput): OutletInfo[] {
  return input.outlets.map((o) => ({ ...OUTLET_INFO[o], zh: input.zh(OUTLET_INFO[o].zh), place: input.zh(OUTLET_INFO[o].place) }));
}

/** The outlet a format names as the container: the newspaper when there is one, else the agency. */
export function primaryOutlet(input: CitationInput): OutletInfo {
  const infos = outletInfo(input);
  return infos.find((o) => o.kind === 'newspaper') ?? infos[0]!;
}

export const ACCESSED_PLACEHOLDER = { zh: '引用日期', en: 'access date' } as const;
