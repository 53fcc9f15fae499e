/**
 * Add the ids of new paragraphs and sections to content/paragraph-ids.json.
 * It never changes or removes a published id: when an edit moves text, keep
 * the old id working by adding an alias by hand, and the tests will check it.
 *   npm run register-paragraph-ids
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadArchiveContent } from '../src/lib/content/archive-content.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { type IdRegistry, registryViolations, withNewIds } from '../src/lib/text/id-registry.ts';

const FILE = relative(process.cwd(), join(contentDir(), 'paragraph-ids.json'));
const registry: IdRegistry = existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : {};
const content = loadArchiveContent(contentDir());
let added = 0;
for (const report of content.reports) {
  const before = Object.keys(registry[report.data.slug]?.ids ?? {}).length;
  registry[report.data.slug] = withNewIds(report.parsed, registry[report.data.slug]);
  added += Object.keys(registry[report.data.slug]!.ids).length - before;
}
writeFileSync(FILE, JSON.stringify(registry, null, 2) + '\n');
console.log(`Registered ${added} new id(s) in ${FILE}.`);
const problems = content.reports.flatMap((r) => registryViolations(r.data.slug, r.parsed, registry[r.data.slug]));
if (problems.length) {
  console.error(`\nPublished links that the current text breaks (fix them with aliases):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
