#!/usr/bin/env node
/**
 * `npm run package`: a versioned, reproducible archive of dist/ for archival
 * hand-off — release/summit-archive-<version>-<commit>.tar.gz, whose one top
 * folder holds the site and SHA256SUMS (every file's SHA-256), with the same
 * manifest beside it and the archive's own checksum.
 *
 *   node scripts/package.mjs [--dist dist] [--out release]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
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

const base = `summit-archive-${version}-${commit}`;
step(`reading ${values.dist}/ …`);
const files = await readTree(values.dist);
const bytes = files.reduce((n, f) => n + f.data.length, 0);
step(`${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB; hashing …`);
const sums = manifest(files);
const entries = [
  ...files.map((f) => ({ path: `${base}/${f.path}`, data: f.data })),
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
step(`done: ${archive} (${(gz.length / 1024 / 1024).toFixed(1)} MiB, ${name} ${version})`);
step(`verify: tar -xzf ${archive} && cd ${base} && sha256sum -c SHA256SUMS`);
