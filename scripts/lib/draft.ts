/**
 * Draft a transcription from a PDF text extraction: join column-width lines into paragraphs and drop the
 * extraction's whitespace. The result is a starting point for a human, never the canonical text: the
 * extraction loses some paragraph breaks and puts blank lines inside paragraphs, so review every break against
 * the source (and record restored breaks in the ledger).
 *
 * A paragraph ends after a line clearly shorter (under 88%) than the usual column width, a lone "……",
 * or a lead-in ending in "——". Widths count CJK characters as 2 and ASCII as 1.
 */

const width = (s: string) => [...s].reduce((n, c) => n + (c.codePointAt(0)! < 0x2000 ? 1 : 2), 0);

/** The draft paragraphs of source lines first…last (1-based, inclusive), and the column width it assumed. */
export function draftParagraphs(
  source: string,
  first: number,
  last: number,
  columnWidth?: number,
): { paragraphs: string[]; column: number } {
  const lines = source.split('\n').slice(first - 1, last);
  // Keep each line with whether a blank line follows it (a paragraph break when the line ends a sentence).
  const items = lines
    .map((l, i) => ({ text: l.replace(/\s+/g, ''), blankAfter: (lines[i + 1] ?? '').trim() === '' }))
    .filter((l) => l.text);
  // The column width is the most common line width.
  const counts = new Map<number, number>();
  for (const { text } of items) counts.set(width(text), (counts.get(width(text)) ?? 0) + 1);
  const column = columnWidth || ([...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0);
  const paragraphs: string[] = [];
  let current = '';
  for (const { text, blankAfter } of items) {
    current += text;
    if ((blankAfter && /[。！？”…]$/.test(text)) || width(text) < column * 0.88 || text === '……' || text.endsWith('——')) {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current) paragraphs.push(current);
  return { paragraphs, column };
}
