/**
 * Rewrite the golden snapshots of the converted reports
 * (tests/golden/zh-tw/<slug>.txt, tests/golden/zh-hk/<slug>.txt).
 * Run it ONLY after reviewing the change line by line: first run the unit
 * tests, read every differing line they print, fix real conversion errors with
 * an override (src/lib/i18n/overrides.ts), then
 *   npm run update-golden && git diff tests/golden
 * and review the diff again before committing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadArchiveContent } from '../src/lib/content/archive-content.ts';
import { LOCALES } from '../src/lib/i18n/locales.ts';
import { goldenPath, goldenText } from '../src/lib/text/golden.ts';

const content = loadArchiveContent('content');
let written = 0;
for (const locale of LOCALES.filter((l) => l.conversion)) {
  for (const r of content.reports) {
    const file = goldenPath(locale.code, r.data.slug);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, goldenText(r.data.slug, r.data, r.parsed, locale));
    written++;
  }
}
console.log(`Wrote ${written} golden snapshot(s) under tests/golden/. Review \`git diff tests/golden\` line by line before committing.`);
