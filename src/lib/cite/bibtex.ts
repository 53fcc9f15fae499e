/**
 * BibTeX and BibLaTeX entries written from the citation record. Our own small writer, because Citation.js's
 * (checked with @citation-js/plugin-bibtex 0.9.0 on these records) drops every CJK character by default
 * (asciiOnly: the title becomes ``''------), keys the entry "undefined2025undefined", writes `month = {jun 19}`
 * (not a month) and adds `howpublished` to @article, which biber rejects for that entry type.
 *
 * Two dialects, two files: classic BibTeX styles (plain, unsrt; pybtex) read `journal`, `year` and `month` and
 * warn on `journaltitle` and `date`; biber's data model wants `journaltitle`, `date` and @online for web documents.
 */
import type { CslRecord } from './record.ts';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** LaTeX's special characters escaped, so a title or note can never break the entry or the document. */
export function escapeLatex(value: string): string {
  return value.replace(/[\\{}&%$#_~^]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`,
  );
}

/** Names are braced whole: a Chinese name has no "First Last" for BibTeX to split, and a guess would be wrong. */
const authors = (record: CslRecord) => record.author.map((a) => `{${escapeLatex(a.literal)}}`).join(' and ');

function entry(type: string, key: string, fields: [string, string | undefined][]): string {
  const body = fields
    .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
    .map(([k, v]) => `  ${k} = {${v}}`)
    .join(',\n');
  return `@${type}{${key},\n${body}\n}\n`;
}

export const citationKey = (record: CslRecord) => `${record.id}-${record.issued['date-parts'][0][0]}`;

const isoDate = ([y, m, d]: [number, number, number]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Where the copy was consulted and its edition. The URL goes verbatim into `url`, which styles typeset with \url. */
const note = (record: CslRecord) => escapeLatex([record.archive, record.note].filter(Boolean).join(', '));

/** Classic BibTeX: @article in a journal (the newspaper), or @misc with howpublished for a web document. */
export function bibtex(record: CslRecord): string {
  const [year, month] = record.issued['date-parts'][0];
  const common: [string, string | undefined][] = [
    ['author', authors(record)],
    ['title', escapeLatex(record.title)],
  ];
  const dated: [string, string | undefined][] = [
    ['year', String(year)],
    ['month', MONTH_MACROS[month - 1]],
  ];
  if (record.type === 'article-newspaper')
    return entry('article', citationKey(record), [
      ...common,
      ['journal', escapeLatex(record['container-title']!)],
      ...dated,
      ['url', record.URL],
      ['note', note(record)],
    ]).replace(/month = \{(\w+)\}/, 'month = $1');
  return entry('misc', citationKey(record), [
    ...common,
    ['howpublished', escapeLatex([record.publisher, record['publisher-place']].filter(Boolean).join(', '))],
    ...dated,
    ['url', record.URL],
    ['note', note(record)],
  ]).replace(/month = \{(\w+)\}/, 'month = $1');
}

/**
 * BibLaTeX (biber's data model): @article with journaltitle for the newspaper; @online with organization for the
 * agency's web document, or @misc with organization and location when no URL is known (@online requires one).
 */
export function biblatex(record: CslRecord): string {
  const common: [string, string | undefined][] = [
    ['author', authors(record)],
    ['title', escapeLatex(record.title)],
  ];
  const rest: [string, string | undefined][] = [
    ['date', isoDate(record.issued['date-parts'][0])],
    ['url', record.URL],
    ['urldate', record.accessed ? isoDate(record.accessed['date-parts'][0]) : undefined],
    ['note', note(record)],
  ];
  if (record.type === 'article-newspaper')
    return entry('article', citationKey(record), [...common, ['journaltitle', escapeLatex(record['container-title']!)], ...rest]);
  const organization: [string, string | undefined] = ['organization', escapeLatex(record.publisher ?? '')];
  if (record.URL) return entry('online', citationKey(record), [...common, organization, ...rest]);
  return entry('misc', citationKey(record), [...common, organization, ['location', escapeLatex(record['publisher-place'] ?? '')], ...rest]);
}
