/**
 * MLA 9: Author(s). "Title." Container, date. Archive, URL. Accessed date.
 * Three or more authors: the first, then "et al.". A title the archive wrote is
 * given unquoted, as a description.
 */
import { ACCESSED_PLACEHOLDER, type CitationInput, primaryOutlet, published } from './model.ts';

const MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function authors(names: string[]): string {
  if (names.length >= 3) return `${names[0]}, et al`;
  return names.join(', and ');
}

function mlaDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export function mla(input: CitationInput): string {
  const { year, month, day } = published(input);
  const outlet = primaryOutlet(input);
  // A title the archive wrote is a description: no quotation marks. Quotation marks inside a quoted title become single.
  const nested = (t: string) => t.replace(/“/g, '‘').replace(/”/g, '’');
  const title = input.titleIsEditorial ? `${input.title} [${input.titleEn}].` : `“${nested(input.title)} [${nested(input.titleEn)}].”`;
  const para = input.paragraph ? `, par. ${input.paragraph.number}` : '';
  const accessed = input.accessed ? mlaDate(input.accessed) : ACCESSED_PLACEHOLDER.en;
  return `${authors(input.authors)}. ${title} ${outlet.en}, ${day} ${MONTHS[month - 1]} ${year}${para}. ${input.archiveTitle}, ${input.url}. Accessed ${accessed}.`;
}
