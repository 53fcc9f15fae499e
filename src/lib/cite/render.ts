/**
 * Renders a citation record in every style with citeproc-js, once per record: the reference-list entry and, where
 * the style has a useful one, the in-text or note form with a paragraph locator. Output carries the marks of
 * marks.ts in place of the address, access date and paragraph number.
 */
import CSL, { type Engine } from 'citeproc';
import { withEnglishTitle } from './apa-translation.ts';
import { ACCESSED_MARK, LOCATOR_MARK, URL_MARK } from './marks.ts';
import type { CslRecord } from './record.ts';
import { fillShape, recordShape } from './record-shape.ts';
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
/** How many times citeproc has rendered a record or a shape (the build's citation cost, for tests of its flatness). */
export const renderCount = () => renders;

type Forms = Record<StyleId, { entry: string; inText?: string }>;

/** Every style's forms of one record from citeproc itself, before the APA translation step. */
function citeprocForms(record: CslRecord, key: string, label: string): Forms {
  renders++;
  items.set(key, { ...record, id: key });
  const out = {} as Forms;
  for (const style of STYLES) {
    const e = engine(style);
    e.updateItems([key]);
    const bibliography = e.makeBibliography();
    if (!bibliography || bibliography[1].length !== 1) throw new Error(`citeproc rendered no ${style.label} entry for ${label}.`);
    // A reference standing alone needs no list number (GB/T's numeric style prints "[1]").
    const entry = bibliography[1][0]!.trim().replace(/^\[\d+\]\s*/, '');
    const inText = style.inText
      ? e.previewCitationCluster(
          { citationItems: [{ id: key, locator: LOCATOR_MARK, label: 'paragraph' }], properties: { noteIndex: 1 } },
          [],
          [],
          'text',
        )
      : undefined;
    out[style.id] = { entry, ...(inText ? { inText } : {}) };
  }
  items.delete(key);
  return out;
}

/**
 * The styles read an item's language only by its primary subtag unless one has a locale-specific layout or
 * condition (`locale="…"`); then shapes are keyed by the full language tag.
 */
const SHAPE_LANGUAGE = STYLES.some((s) => /\slocale="/.test(s.xml.replace(/<!--[\s\S]*?-->/g, ''))) ? 'full' : 'primary';

/**
 * Forms per record shape (record-shape.ts): a report's three scripts, and reports alike up to their ideographs,
 * share one citeproc render. null marks a shape whose forms could not be filled: its records are rendered themselves.
 * Kept for the whole build, like the forms of records without a usable shape: page-citations.ts keeps only recent
 * citations and derives the others again from these.
 */
const shapes = new Map<string, Forms | null>();
const unshaped = new Map<string, Forms>();
let shapeIds = 0;

function formsOf(record: CslRecord, key: string): Forms {
  const shape = recordShape(record, SHAPE_LANGUAGE);
  let forms = shape && shapes.get(shape.key);
  if (shape && forms === undefined) {
    forms = citeprocForms(shape.record, `shape#${++shapeIds}`, `${record.id} (its shape)`);
    shapes.set(shape.key, forms);
  }
  if (shape && forms) {
    const filled = fillForms(forms, shape.fills);
    if (filled) return filled;
    shapes.set(shape.key, null);
  }
  const recordKey = JSON.stringify({ ...record, id: '' });
  let own = unshaped.get(recordKey);
  if (!own) unshaped.set(recordKey, (own = citeprocForms(record, key, record.id)));
  return own;
}

/** A shape's forms with the record's ideographs filled in, or undefined if any form refuses them. */
function fillForms(forms: Forms, fills: Map<string, string[]>): Forms | undefined {
  const filled = {} as Forms;
  for (const style of STYLES) {
    const { entry, inText } = forms[style.id];
    const e = fillShape(entry, fills);
    const t = inText === undefined ? undefined : fillShape(inText, fills);
    if (e === undefined || (inText !== undefined && t === undefined)) return undefined;
    filled[style.id] = { entry: e, ...(t === undefined ? {} : { inText: t }) };
  }
  return filled;
}

/**
 * Every style's forms of one record. `key` must be unique per record (citeproc caches items by id);
 * `englishTitle` is the archive's English rendering of the title, for APA. `share: false` renders the record by
 * itself, not through its shape (tests compare the two).
 */
export function renderCitations(record: CslRecord, key: string, englishTitle: string, { share = true } = {}): RenderedCitations {
  const marked: CslRecord = {
    ...record,
    URL: URL_MARK,
    accessed: { 'date-parts': [ACCESSED_MARK.split('-').map(Number) as [number, number, number]] },
  };
  const forms = share ? formsOf(marked, key) : citeprocForms(marked, key, record.id);
  const out = {} as RenderedCitations;
  for (const style of STYLES) {
    const { entry, inText } = forms[style.id];
    out[style.id] = {
      style,
      entry: style.id === 'apa' ? withEnglishTitle(entry, record.title, englishTitle) : entry,
      ...(inText ? { inText } : {}),
    };
  }
  return out;
}
