/**
 * GB/T 7714-2015 (顺序编码制 entry form). A newspaper article:
 *   主要责任者. 题名[N]. 报纸名, 出版日期.
 * The Xinhua wire original, online:
 *   主要责任者. 题名[EB/OL]. 出版地: 出版者, 出版日期[引用日期]. 获取和访问路径.
 * More than three authors: the first three, then “等”. A title the archive wrote stands in [ ].
 */
import { ACCESSED_PLACEHOLDER, type CitationInput, isoDay, outletInfo, published } from './model.ts';

function authors(names: string[]): string {
  return names.length > 3 ? `${names.slice(0, 3).join(', ')}, 等` : names.join(', ');
}

function title(input: CitationInput): string {
  return input.titleIsEditorial ? `[${input.title}]` : input.title;
}

function locator(input: CitationInput): string {
  return input.paragraph ? `: ${input.zh(`第${input.paragraph.number}段`)}` : '';
}

/** One entry per outlet form: [N] for a newspaper, [EB/OL] for an agency's online original. */
export function gbt7714(input: CitationInput): string[] {
  const date = isoDay(published(input));
  const accessed = input.accessed ?? input.zh(ACCESSED_PLACEHOLDER.zh);
  return outletInfo(input).map((outlet) =>
    outlet.kind === 'newspaper'
      ? `${authors(input.authors)}. ${title(input)}[N]. ${outlet.zh}, ${date}${locator(input)}. ${input.url}.`
      : `${authors(input.authors)}. ${title(input)}[EB/OL]. ${outlet.place}: ${outlet.zh}, ${date}${locator(input)}[${accessed}]. ${input.url}.`,
  );
}
