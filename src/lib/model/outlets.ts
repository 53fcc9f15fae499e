import type { Outlet } from './schema.ts';

export interface OutletInfo {
  zh: string;
  en: string;
  /** How bylines name the outlet's reporters. */
  reporterLabel: string;
  /** The same label in English, for the bylines of the archive's translation. */
  reporterLabelEn: string;
  /** A news agency publishes online [EB/OL]; a newspaper in print [N]. */
  kind: 'agency' | 'newspaper';
  /** Where the outlet publishes (for GB/T 7714's 出版地). */
  place: string;
  placeEn: string;
}

/** What the archive needs to know about each outlet: names per language and the byline label. */
export const OUTLET_INFO: Record<Outlet, OutletInfo> = {
  xinhua: {
    zh: '新华社',
    en: 'Xinhua News Agency',
    reporterLabel: '新华社记者',
    reporterLabelEn: 'Xinhua reporters',
    kind: 'agency',
    place: '北京',
    placeEn: 'Beijing',
  },
  'peoples-daily': {
    zh: '人民日报',
    en: "People's Daily",
    reporterLabel: '人民日报记者',
    reporterLabelEn: "People's Daily reporters",
    kind: 'newspaper',
    place: '北京',
    placeEn: 'Beijing',
  },
};
