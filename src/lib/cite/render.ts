/**
 * Renders a citation record in every style with citeproc-js, once per record: the reference-list entry and, where
 * the style has a useful one, the in-text or note form with a paragraph locator. Output carries the marks of
 * marks.ts in place of the address, access date and paragraph number.
 */
import CSL, { type Engine } from 'citeproc';
import { withEnglishTitle } from './apa-translation.ts';
import { ACCESSED_MARK, LOCATOR_MARK, URL_MARK } from './marks.ts';
import type { CslRecord } from './record.ts';
import { type CitationStyle, cslLocale, STYLES, type StyleId } from './styles.ts';

export interface RenderedStyle {
  style: CitationStyle;
  /** Reference-list (bibliography) entry, marked. */
  entry: string;
  /** In-text citation or note with the paragraph locator mark, for styles that have a useful one. */
  inText?: string;
}

export type RenderedCitations = Record<StyleId, RenderedStyle>;

// One engine per style for the whole build: parsing a style (Chicago's is 240 KB) costs far more than a render.
const items = new Map<string, CslRecord>();
const engines = new Map<StyleId, Engine>();
function engine(style: CitationStyle): Engine {
  let e = engines.get(style.id);
  if (!e) {
    e = new CSL.Engine({ retrieveLocale: cslLocale, retrieveItem: (id) => items.get(id) }, style.xml, style.lang);
    e.setOutputFormat('text');
    engines.set(style.id, e);
  }
  return e;
}

let renders = 0;
/** How many records have been rendered (the build's citation cost, for tests of its flatness). */
export const renderCount = () => renders;

/**
 * Every style's forms of one record. `key` must be unique per record (citeproc caches items by id);
 * `englishTitle` is the archive's English rendering of the title, for APA.
 */
export function renderCitations(record: CslRecord, key: string, englishTitle: string): RenderedCitations {
  renders++;
  const marked: CslRecord = {
    ...record,
    id: key,
    URL: URL_MARK,
    accessed: { 'date-parts': [ACCESSED_MARK.split('-').map(Number) as [number, number, number]] },
  };
  items.set(key, marked);
  const out = {} as RenderedCitations;
  for (const style of STYLES) {
    const e = engine(style);
    e.updateItems([key]);
    const bibliography = e.makeBibliography();
    if (!bibliography || bibliography[1].length !== 1) throw new Error(`citeproc rendered no ${style.label} entry for ${record.id}.`);
    // A reference standing alone needs no list number (GB/T's numeric style prints "[1]").
    let entry = bibliography[1][0]!.trim().replace(/^\[\d+\]\s*/, '');
    if (style.id === 'apa') entry = withEnglishTitle(entry, record.title, englishTitle);
    const inText = style.inText
      ? e.previewCitationCluster(
          { citationItems: [{ id: key, locator: LOCATOR_MARK, label: 'paragraph' }], properties: { noteIndex: 1 } },
          [],
          [],
          'text',
        )
      : undefined;
    out[style.id] = { style, entry, ...(inText ? { inText } : {}) };
  }
  items.delete(key);
  return out;
}
