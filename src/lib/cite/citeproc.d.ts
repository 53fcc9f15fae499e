/** The part of citeproc-js (npm `citeproc`, CommonJS, untyped) this archive uses. */
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  interface CitationItem {
    id: string;
    locator?: string;
    label?: string;
  }
  export class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]] | false;
    previewCitationCluster(
      citation: { citationItems: CitationItem[]; properties: { noteIndex: number } },
      before: unknown[],
      after: unknown[],
      format: 'text' | 'html',
    ): string;
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
