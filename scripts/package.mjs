#!/usr/bin/env node
/**
 * `npm run package`: a reproducible archive of dist/ for archival hand-off, named by the archive edition it
 * publishes (the hash of content/, see src/lib/publish/edition.ts) so a cited edition can be retrieved:
 * release/summit-archive-edition-<edition>.tar.gz, whose one top folder holds the site, EDITION.txt (edition,
 * date, what changed, commit, site URL) and SHA256SUMS (every file's SHA-256), with the same manifest beside it
 * and the archive's own checksum. Says clearly what a build without a site URL leaves out.
 *
 *   node scripts/package.mjs [--dist dist] [--out release]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readEdition } from '../src/lib/publish/edition.ts';
import { manifest, sha256Hex } from '../src/lib/publish/manifest.ts';
import { tarArchive } from '../src/lib/publish/tar.ts';
import { readTree } from './read-tree.mjs';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'release' } } });
const step = (message) => console.log(`package: ${message}`);

if (!existsSync(join(values.dist, 'index.html'))) {
  console.error(`package: no built site in ${values.dist}/. Run "npm run build" first.`);
  process.exit(1);
}
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
let commit = 'nogit';
let mtime = 0;
try {
  commit = git('rev-parse', '--short=12', 'HEAD');
  // Every entry carries the commit's time, never the clock's, so the archive is reproducible.
  mtime = Number(git('log', '-1', '--format=%ct', 'HEAD'));
  if (git('status', '--porcelain', '--', 'src', 'content', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json')) {
    commit += '-dirty';
    step('warning: the working tree has uncommitted changes; the name says "-dirty"');
  }
} catch {
  step('warning: not a git checkout; the name says "nogit"');
}

const edition = readEdition(process.env.ARCHIVE_CONTENT_DIR ?? 'content');
// The site must publish the content the name says: each report's machine-readable text names its edition.
const exportsDir = join(values.dist, 'data', 'reports');
const firstExport = existsSync(exportsDir) ? readdirSync(exportsDir).find((f) => f.endsWith('.json')) : undefined;
const builtEdition = firstExport ? JSON.parse(readFileSync(join(exportsDir, firstExport), 'utf8')).edition?.id : undefined;
if (builtEdition && builtEdition !== edition.id) {
  console.error(
    `package: ${values.dist}/ was built from edition ${builtEdition}, but content/ is edition ${edition.id}. Run "npm run build" first.`,
  );
  process.exit(1);
}
if (!edition.date)
  step(
    `warning: edition ${edition.id} is not recorded in content/editions.yaml; the name says "-unrecorded". Run "npm run edition" to see the entry to add.`,
  );
const siteUrl = existsSync(join(values.dist, 'sitemap.xml'))
  ? /^Sitemap: (.*)$/m.exec(readFileSync(join(values.dist, 'robots.txt'), 'utf8'))?.[1]?.replace(/sitemap\.xml$/, '')
  : undefined;
if (!siteUrl)
  step(
    [
      'NO SITE URL was given (ARCHIVE_SITE_URL was not set when dist/ was built). This release therefore has:',
      '  - no sitemap.xml (robots.txt says why), no canonical, hreflang or og:url links;',
      '  - feeds whose links are relative to the feed, and structured data without URLs;',
      '  - citation downloads (BibTeX, BibLaTeX, RIS, CSL-JSON) without a URL; the pages fill in the reader’s own',
      '    address with JavaScript, or show a placeholder without it.',
      'To include them: ARCHIVE_SITE_URL=https://<host>/<path>/ npm run package',
    ].join('\n'),
  );
const base = `summit-archive-edition-${edition.id}${edition.date ? '' : '-unrecorded'}${commit.endsWith('-dirty') ? '-dirty' : ''}`;
const editionText = [
  `edition: ${edition.id}`,
  `date: ${edition.date ?? 'unrecorded (not in content/editions.yaml)'}`,
  ...(edition.changes.length ? ['changes:', ...edition.changes.map((c) => `  - ${c}`)] : []),
  `site URL: ${siteUrl ?? 'none given'}`,
  `built from: ${name} ${version}, commit ${commit}`,
  '',
].join('\n');
step(`reading ${values.dist}/ …`);
const files = await readTree(values.dist);
const bytes = files.reduce((n, f) => n + f.data.length, 0);
step(`${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB; hashing …`);
const sums = manifest(files);
const entries = [
  ...files.map((f) => ({ path: `${base}/${f.path}`, data: f.data })),
  { path: `${base}/EDITION.txt`, data: Buffer.from(editionText) },
  { path: `${base}/SHA256SUMS`, data: Buffer.from(sums) },
];
step('writing tar …');
const tar = tarArchive(entries, mtime);
step(`compressing ${(tar.length / 1024 / 1024).toFixed(1)} MiB …`);
const gz = gzipSync(tar, { level: 9 });

mkdirSync(values.out, { recursive: true });
const archive = join(values.out, `${base}.tar.gz`);
writeFileSync(archive, gz);
writeFileSync(join(values.out, `${base}.SHA256SUMS`), sums);
writeFileSync(`${archive}.sha256`, `${sha256Hex(gz)}  ${base}.tar.gz\n`);
step(`done: ${archive} (${(gz.length / 1024 / 1024).toFixed(1)} MiB, edition ${edition.id}, ${name} ${version} at ${commit})`);
step(`verify: tar -xzf ${archive} && cd ${base} && sha256sum -c SHA256SUMS`);
