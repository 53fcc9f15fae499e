/**
 * Print a reflowed draft of source lines to start a transcription from (see scripts/lib/draft.ts):
 *
 *   npm run draft-transcription -- content/sources/<file>.txt <first line> <last line> [--width 30]
 *
 * `npm run add-report` writes the same draft into a new report file for you.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { draftParagraphs } from './lib/draft.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { width: { type: 'string' } } });
const [file, firstArg, lastArg] = positionals;
if (!file || !firstArg || !lastArg) {
  console.error('usage: npm run draft-transcription -- <source.txt> <first line> <last line> [--width N]');
  process.exit(2);
}
const { paragraphs, column } = draftParagraphs(
  readFileSync(file, 'utf8'),
  Number(firstArg),
  Number(lastArg),
  Number(values.width) || undefined,
);
process.stdout.write(paragraphs.join('\n\n') + '\n');
console.error(`draft: ${paragraphs.length} paragraph(s), column width ${column}; review every break against the source.`);
