/** BibLaTeX entry (@article with journaltitle); values braced, special characters escaped. */
import { type CitationInput, isoDay, primaryOutlet, published } from './model.ts';

function escape(value: string): string {
  return value.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[&%$#_]/g, (c) => `\\${c}`);
}

export function citationKey(input: CitationInput): string {
  const { year } = published(input);
  return `${input.slug.replace(/-/g, '_')}_${year}${input.paragraph ? `_${input.paragraph.id.replace(/-/g, '_')}` : ''}`;
}

export function bibtex(input: CitationInput): string {
  const outlet = primaryOutlet(input);
  const fields: [string, string][] = [
    ['author', input.authors.map((a) => `{${a}}`).join(' and ')],
    ['title', input.titleIsEditorial ? `[${input.title}]` : input.title],
    ['titleaddon', input.titleEn],
    ['journaltitle', outlet.zh],
    ['date', isoDay(published(input))],
    ['url', input.url],
    ['langid', 'chinese'],
    ['note', input.paragraph ? input.zh(`第${input.paragraph.number}段`) : ''],
    ['howpublished', input.archiveTitle],
  ];
  const body = fields
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `  ${k} = {${k === 'url' ? v : k === 'author' ? v : escape(v)}}`)
    .join(',\n');
  return `@article{${citationKey(input)},\n${body}\n}\n`;
}
