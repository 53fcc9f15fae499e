/** CSL-JSON (the format Zotero, Mendeley and citeproc read). */
import { citationKey } from './bibtex.ts';
import { type CitationInput, outletInfo, primaryOutlet, published } from './model.ts';

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'title-short'?: string;
  author: { literal: string }[];
  'container-title': string;
  publisher: string;
  'publisher-place': string;
  issued: { 'date-parts': [[number, number, number]] };
  accessed?: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
  note?: string;
  locator?: string;
}

export function cslJson(input: CitationInput): CslItem {
  const { year, month, day } = published(input);
  const outlet = primaryOutlet(input);
  const item: CslItem = {
    id: citationKey(input),
    type: 'article-newspaper',
    title: input.titleIsEditorial ? `[${input.title}]` : input.title,
    author: input.authors.map((literal) => ({ literal })),
    'container-title': outlet.zh,
    publisher: outletInfo(input)
      .map((o) => o.zh)
      .join('; '),
    'publisher-place': outlet.place,
    issued: { 'date-parts': [[year, month, day]] },
    URL: input.url,
    language: input.language,
    note: `English title (the archive's): ${input.titleEn}`,
  };
  if (input.accessed) {
    const [y, m, d] = input.accessed.split('-').map(Number) as [number, number, number];
    item.accessed = { 'date-parts': [[y, m, d]] };
  }
  if (input.paragraph) item.locator = input.zh(`第${input.paragraph.number}段`);
  return item;
}
