/**
 * Add a report to the archive, in two runs of one command:
 *
 *   npm run add-report -- <source.txt> <first line> <last line> --slug <slug>
 *
 * First run (no content/reports/<slug>.md yet): copies the source into content/sources/ (when it is not there
 * already) and writes content/reports/<slug>.md with a frontmatter to fill in and a draft of the body
 * reflowed from the source lines (scripts/lib/draft.ts). Then it prints what to do by hand.
 *
 * Every later run: validates the whole archive exactly as the build does (schemas, the transcription against
 * its source and the ledger, quotes and index entries). Each problem is printed with its file, field and fix,
 * and nothing is written. When the archive is valid, it registers the report's paragraph ids
 * (content/paragraph-ids.json) and writes the converted texts' snapshots (npm run test:update:
 * tests/golden/<locale>/<slug>.txt) for you to review before `npm test`.
 *
 * ARCHIVE_CONTENT_DIR and ARCHIVE_GOLDEN_DIR point it at another archive (the fixture test does).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadArchiveContent, REPORTS_DIR, splitFrontmatter } from '../src/lib/content/archive-content.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { ArchiveContentError } from '../src/lib/content/errors.ts';
import { draftParagraphs } from './lib/draft.ts';

const USAGE = 'usage: npm run add-report -- <source.txt> <first line> <last line> --slug <slug>';
const { positionals, values } = parseArgs({ allowPositionals: true, options: { slug: { type: 'string' }, width: { type: 'string' } } });
const [sourceArg, firstArg, lastArg] = positionals;
const slug = values.slug ?? '';
const [first, last] = [Number(firstArg), Number(lastArg)];
function stop(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}
if (!sourceArg || !Number.isInteger(first) || !Number.isInteger(last) || first < 1 || last < first)
  stop('Name the source file and its first and last line.');
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug))
  stop(`--slug must be lower-case ASCII words joined by hyphens (it becomes the URL), not "${slug}".`);
if (!existsSync(sourceArg)) stop(`The source file ${sourceArg} does not exist.`);

const content = contentDir();
const rel = (p: string) => relative(process.cwd(), p) || p;
const reportFile = join(content, REPORTS_DIR, `${slug}.md`);

if (!existsSync(reportFile)) draft();
else pin();

/** First run: the source in place, and a report file to fill in. */
function draft() {
  const sources = join(content, 'sources');
  const sourceFile = resolve(sourceArg!).startsWith(resolve(sources)) ? resolve(sourceArg!) : join(sources, basename(sourceArg!));
  const text = readFileSync(sourceArg!, 'utf8');
  if (resolve(sourceArg!) !== sourceFile) {
    if (existsSync(sourceFile) && readFileSync(sourceFile, 'utf8') !== text)
      stop(`${rel(sourceFile)} already exists with other text; rename your source file (sources are never edited).`);
    mkdirSync(sources, { recursive: true });
    copyFileSync(sourceArg!, sourceFile);
    console.log(`Copied the source to ${rel(sourceFile)}.`);
  }
  const lines = text.split('\n').length;
  if (last > lines) stop(`${rel(sourceFile)} has ${lines} lines; the last line ${last} is beyond it.`);
  const { paragraphs, column } = draftParagraphs(text, first, last, Number(values.width) || undefined);
  const order = nextOrder();
  writeFileSync(reportFile, reportTemplate(relative(content, sourceFile).split('\\').join('/'), order, paragraphs));
  console.log(`Wrote ${rel(reportFile)}: ${paragraphs.length} draft paragraph(s) from lines ${first}–${last} (column width ${column}).

Now, by hand (README "Adding a report" explains each step):
  1. Fill in every empty field of the frontmatter.
  2. Move the headline, subtitle, bylines and dateline out of the body into the frontmatter, and record each
     in ${rel(join(content, 'corrections.yaml'))} (kind: move, with its source lines; kind: add for text the
     source lacks). Add a whitespace entry for the report's lines.
  3. Check every paragraph break against the source; record restored breaks (kind: structure) and any other
     change (kind: change); add "## " before each section heading.
  4. Run this command again: it checks everything and tells you, file by file, what is left.`);
}

/** Later runs: validate; when valid, register ids and write the snapshots. */
function pin() {
  try {
    const archive = loadArchiveContent(content);
    if (!archive.reports.some((r) => r.data.slug === slug)) stop(`${rel(reportFile)} does not declare slug: ${slug}.`);
  } catch (error) {
    if (!(error instanceof ArchiveContentError)) throw error;
    console.error(`${error.message}\n\nFix these and run the same command again.`);
    process.exit(1);
  }
  console.log('The archive is valid: every report matches its source and ledger.');
  run('Registering paragraph ids', ['scripts/register-paragraph-ids.ts']);
  run("Writing the converted texts' snapshots", [
    'node_modules/vitest/vitest.mjs',
    'run',
    'tests/unit/golden.test.ts',
    '--project',
    'unit',
    // Last: --update takes an optional value, and would swallow a file name after it.
    '--update',
  ]);
  console.log(`\nDone. Review the changes (git status; git diff), read the new snapshots line by line, then run npm test.`);
}

function run(what: string, args: string[]) {
  console.log(`\n${what}: node ${args.join(' ')}`);
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${what} failed (exit ${result.status ?? result.signal}); see above.`);
    process.exit(1);
  }
}

/** One more than the highest order of the reports there are. */
function nextOrder(): number {
  const dir = join(content, REPORTS_DIR);
  const orders = readdirSync(dir)
    .filter((n) => /\.mdx?$/.test(n))
    .map((n) => /^order:\s*(\d+)/m.exec(splitFrontmatter(readFileSync(join(dir, n), 'utf8'))?.frontmatter ?? '')?.[1])
    .map(Number)
    .filter(Number.isInteger);
  return Math.max(0, ...orders) + 1;
}

function reportTemplate(sourceFile: string, order: number, paragraphs: string[]): string {
  return `---
# Drafted by npm run add-report. Fill in every empty value ('' and []); README "Adding a report" says what
# each field holds. The build and npm run add-report name every field that is still missing.
slug: ${slug}
order: ${order}
headline:
  text: '' # as the source prints it
  kind: original # original, or editorial when the archive writes it (record it in the ledger as kind: add)
# subtitle: ——…
outlets: [] # xinhua, peoples-daily
authors: [] # - { name: 张伟, outlet: xinhua }
dateline: '' # 新华社北京6月19日电
published: '' # '2025-06-19T00:00:00+08:00'
language: zh-Hans
summary: '' # the archive's Chinese summary
en:
  headline: '' # the archive's English headline
  summary: '' # the archive's English summary
source:
  file: ${sourceFile}
  lines: [${first}, ${last}]
---

${paragraphs.join('\n\n')}
`;
}
