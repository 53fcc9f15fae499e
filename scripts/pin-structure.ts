/**
 * Write tests/golden/structure.json from the current transcriptions. Run it
 * only after a deliberate, reviewed change to paragraphing, and review the diff:
 *   npm run pin-structure
 */
import { writeFileSync } from 'node:fs';
import { loadArchiveContent } from '../src/lib/content/archive-content.ts';
import { structurePin } from '../src/lib/text/structure.ts';

const content = loadArchiveContent('content');
const pins = Object.fromEntries(content.reports.map((r) => [r.data.slug, structurePin(r.parsed)]));
writeFileSync('tests/golden/structure.json', JSON.stringify(pins, null, 2) + '\n');
console.log(`Pinned ${content.reports.length} report(s) in tests/golden/structure.json. Review the diff before committing.`);
