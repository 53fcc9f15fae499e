/**
 * APA 7 newspaper article, online. Chinese names stay as printed (no
 * romanisation is guessed); the Chinese title is followed by the archive's
 * English rendering in [ ]; a title the archive wrote becomes the [description].
 */
import { type CitationInput, primaryOutlet, published } from './model.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function authors(names: string[]): string {
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

export function apa(input: CitationInput): string {
  const { year, month, day } = published(input);
  const outlet = primaryOutlet(input);
  const title = input.titleIsEditorial ? `[${input.titleEn}]` : `${input.title} [${input.titleEn}]`;
  const para = input.paragraph ? ` (para. ${input.paragraph.number})` : '';
  return `${authors(input.authors)}. (${year}, ${MONTHS[month - 1]} ${day}). ${title}. ${outlet.zh} [${outlet.en}]${para}. ${input.url}`;
}
