/**
 * Renders a citation record in every style with citeproc-js, once per record: the reference-list entry and, where
 * the style has a useful one, the in-text or note form with a paragraph locator. Output carries the marks of
 * marks.ts in place of the address, access date and paragraph number.
 */
import CSL from 'citeproc';
import { withEnglishTitle } from './apa-translation.ts';
import { ACCESSED_MARK, LOCATOR_MARK, URL_MARK } from './marks.ts';
import type { CslRecord } from './record.ts';
import { fillShape, recordShape } from './record-shape.ts';
import { CitationWorker, type ShapeJob } from './citation-worker.ts';
import { type Forms, formsRenderer } from './citeproc-forms.ts';
import { type CitationStyle, LOCALE_XML, STYLES, type StyleId } from './styles.ts';

export interface RenderedStyle {
  style: CitationStyle;
  /** Reference-list (bibliography) entry, marked. */
  entry: string;
  /** In-text citation or note with the paragraph locator mark, for styles that have a useful one. */
  inText?: string;
}

export type RenderedCitations = Record<StyleId, RenderedStyle>;

let renders = 0;
/** How many times citeproc has rendered a record or a shape (the build's citation cost, for tests of its flatness). */
export const renderCount = () => renders;

let inThread: ReturnType<typeof formsRenderer> | undefined;
/** Every style's forms of one record from citeproc itself, in this thread, before the APA translation step. */
function citeprocForms(record: CslRecord, key: string, label: string): Forms {
  renders++;
  inThread ??= formsRenderer(CSL, STYLES, LOCALE_XML, LOCATOR_MARK);
  return inThread(record, key, label);
}

/**
 * The styles read an item's language only by its primary subtag unless one has a locale-specific layout or
 * condition (`locale="…"`); then shapes are keyed by the full language tag.
 */
const SHAPE_LANGUAGE = STYLES.some((s) => /\slocale="/.test(s.xml.replace(/<!--[\s\S]*?-->/g, ''))) ? 'full' : 'primary';

/**
 * Forms per record shape (record-shape.ts): a report's three scripts, and reports alike up to their ideographs,
 * share one citeproc render. A promise is a shape the citation worker is rendering; null marks a shape whose forms
 * could not be filled: its records are rendered themselves. Kept for the whole build, like the forms of records
 * without a usable shape: page-citations.ts keeps only recent citations and derives the others again from these.
 */
const shapes = new Map<string, Forms | null | Promise<Forms>>();
const unshaped = new Map<string, Forms>();
let shapeIds = 0;

/** The record as it is rendered: marks where the address and the access date go (marks.ts). */
function marked(record: CslRecord): CslRecord {
  return {
    ...record,
    URL: URL_MARK,
    accessed: { 'date-parts': [ACCESSED_MARK.split('-').map(Number) as [number, number, number]] },
  };
}

let worker: CitationWorker | undefined;

/**
 * The build's head start: every record's shape not yet known goes to a worker thread now, in this order (the order
 * pages will ask for them), so that its renders run on the other core while pages render here.
 */
export function prefetchCitations(records: readonly CslRecord[]): void {
  const keys = new Set<string>();
  const jobs: ShapeJob[] = [];
  for (const record of records) {
    const shape = recordShape(marked(record), SHAPE_LANGUAGE);
    if (!shape || shapes.has(shape.key) || keys.has(shape.key)) continue;
    keys.add(shape.key);
    jobs.push({ key: `shape#${++shapeIds}`, record: shape.record, label: `${record.id} (its shape)` });
  }
  if (jobs.length === 0) return;
  worker ??= new CitationWorker(LOCATOR_MARK);
  renders += jobs.length;
  const pending = worker.render(jobs);
  [...keys].forEach((key, i) => shapes.set(key, pending[i]!));
}

async function formsOf(record: CslRecord, key: string): Promise<Forms> {
  const shape = recordShape(record, SHAPE_LANGUAGE);
  if (shape) {
    let forms = shapes.get(shape.key);
    if (forms === undefined) {
      forms = citeprocForms(shape.record, `shape#${++shapeIds}`, `${record.id} (its shape)`);
      shapes.set(shape.key, forms);
    } else if (forms instanceof Promise) {
      const pending = forms;
      forms = await pending;
      // Another page may have settled it meanwhile (even to null): only the first settles the entry.
      if (shapes.get(shape.key) === pending) shapes.set(shape.key, forms);
      else forms = shapes.get(shape.key) as Forms | null;
    }
    if (forms) {
      const filled = fillForms(forms, shape.fills);
      if (filled) return filled;
      shapes.set(shape.key, null);
    }
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
export async function renderCitations(
  record: CslRecord,
  key: string,
  englishTitle: string,
  { share = true } = {},
): Promise<RenderedCitations> {
  const forms = share ? await formsOf(marked(record), key) : citeprocForms(marked(record), key, record.id);
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
