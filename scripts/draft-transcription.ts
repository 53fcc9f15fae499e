/**
 * Draft a transcription from a PDF text extraction: join column-width lines
 * into paragraphs and drop the extraction's whitespace. The result is a
 * starting point for a human, never the canonical text: the extraction loses
 * some paragraph breaks and puts blank lines inside paragraphs, so review every
 * break against the source (and record restored breaks in the ledger).
 *
 *   npm run draft-transcription -- content/sources/<file>.txt <first line> <last line> [--width 30]
 *
 * A paragraph ends after a line clearly shorter (under 88%) than the usual column width, a lone "……",
 * or a lead-in ending in "——". Widths count CJK characters as 2 and ASCII as 1.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { width: { type: 'string' } } });
const [file, firstArg, lastArg] = positionals;
if (!file || !firstArg || !lastArg) {
  console.error('usage: npm run draft-transcription -- <source.txt> <first line> <last line> [--width N]');
  process.exit(2);
}
const lines = readFileSync(file, 'utf8')
  .split('\n')
  .slice(Number(firstArg) - 1, Number(lastArg));
const width = (s: string) => [...s].reduce((n, c) => n + (c.codePointAt(0)! < 0x2000 ? 1 : 2), 0);
// Keep each line with whether a blank line follows it (a paragraph break when the line ends a sentence).
const items = lines.map((l, i) => ({ text: l.replace(/\s+/g, ''), blankAfter: (lines[i + 1] ?? '').trim() === '' })).filter((l) => l.text);
const texts = items.map((i) => i.text);
// The column width is the most common line width.
const counts = new Map<number, number>();
for (const t of texts) counts.set(width(t), (counts.get(width(t)) ?? 0) + 1);
const column = Number(values.width) || [...counts].sort((a, b) => b[1] - a[1])[0]![0];
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
process.stdout.write(paragraphs.join('\n\n') + '\n');
console.error(`draft: ${paragraphs.length} paragraph(s), column width ${column}; review every break against the source.`);
