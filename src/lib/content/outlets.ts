import type { Outlet } from './schema.ts';

/** What the archive needs to know about each outlet: names per language and the byline label. */
export const OUTLET_INFO: Record<Outlet, { zh: string; en: string; reporterLabel: string; kind: 'agency' | 'newspaper' }> = {
  xinhua: { zh: '新华社', en: 'Xinhua News Agency', reporterLabel: '新华社记者', kind: 'agency' },
  'peoples-daily': { zh: '人民日报', en: "People's Daily", reporterLabel: '人民日报记者', kind: 'newspaper' },
};
