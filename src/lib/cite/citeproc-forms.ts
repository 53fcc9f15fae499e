/**
 * The one place citeproc-js renders a record: its reference-list entry in every style and, where the style has a
 * useful one, the in-text or note form with a paragraph locator. The build runs it in a worker thread
 * (citation-worker.ts) while pages render on the main thread; tests and `astro dev` run it in-thread.
 *
 * `formsRenderer` is self-contained on purpose — it reads nothing but its arguments and globals — because the
 * worker runs this very function from its source text: the build bundles src/ into chunks with no file a worker
 * could load, and a second copy of the logic would be a second place for the renders to drift apart.
 */
import type { Engine } from 'citeproc';
import type { CslRecord } from './record.ts';
import type { CitationStyle, StyleId } from './styles.ts';

export type Forms = Record<StyleId, { entry: string; inText?: string }>;

/** citeproc-js's module, as much of it as the renderer uses. */
export interface CiteprocModule {
  Engine: typeof Engine;
}

/**
 * A function rendering one record (with a unique `key`: citeproc caches items by id) in every style. Engines are
 * made once per style on first use: parsing a style (Chicago's is 240 KB) costs far more than a render.
 * `localeXml` holds the CSL locales by tag; a language alone ("zh") falls back to zh-CN, anything else to en-US.
 */
export function formsRenderer(
  CSL: CiteprocModule,
  styles: readonly CitationStyle[],
  localeXml: Record<string, string>,
  locatorMark: string,
): (record: CslRecord, key: string, label: string) => Forms {
  const items = new Map<string, unknown>();
  const engines = new Map<string, Engine>();
  const retrieveLocale = (tag: string) => localeXml[tag] ?? (tag.startsWith('zh') ? localeXml['zh-CN']! : localeXml['en-US']!);
  const engine = (style: CitationStyle): Engine => {
    let e = engines.get(style.id);
    if (!e) {
      e = new CSL.Engine({ retrieveLocale, retrieveItem: (id) => items.get(id) }, style.xml, style.lang);
      e.setOutputFormat('text');
      // The engine holds one item at a time (updateItems([key]) below), so there is nothing to sort: computing
      // sort keys was a fifth of citeproc's time (Chicago's sort runs 180,000 tokens). Same forms: tests compare
      // them with a stock engine's (tests/unit/citation-shape.test.ts).
      (e as unknown as { registry: { setsortkeys: () => void } }).registry.setsortkeys = () => undefined;
      engines.set(style.id, e);
    }
    return e;
  };
  return (record, key, label) => {
    items.set(key, { ...record, id: key });
    const out = {} as Forms;
    try {
      for (const style of styles) {
        const e = engine(style);
        e.updateItems([key]);
        const bibliography = e.makeBibliography();
        if (!bibliography || bibliography[1].length !== 1) throw new Error(`citeproc rendered no ${style.label} entry for ${label}.`);
        // A reference standing alone needs no list number (GB/T's numeric style prints "[1]").
        const entry = bibliography[1][0]!.trim().replace(/^\[\d+\]\s*/, '');
        const inText = style.inText
          ? e.previewCitationCluster(
              { citationItems: [{ id: key, locator: locatorMark, label: 'paragraph' }], properties: { noteIndex: 1 } },
              [],
              [],
              'text',
            )
          : undefined;
        out[style.id] = { entry, ...(inText ? { inText } : {}) };
      }
    } finally {
      items.delete(key);
    }
    return out;
  };
}
