/**
 * Editions: the version of record a citation names. An edition is identified by a short hash of the published
 * content — every file under content/ (reports, ledger, translations, people, quotes, paragraph ids, the source
 * copy) except the changelog itself — so it changes exactly when what readers cite changes, and never with the
 * build or its clock. Its date and what changed come from the changelog, content/editions.yaml.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ArchiveContentError, type ContentProblem } from '../content/errors.ts';
import { decodeContent } from '../content/text-file.ts';
import { type FileEntry, manifestOfHashes, sha256Hex } from './manifest.ts';

export const CHANGELOG_FILE = 'editions.yaml';
const HASH_LENGTH = 12;

export interface ChangelogEntry {
  edition: string;
  /** YYYY-MM-DD: when this content was published. */
  date: string;
  changes: string[];
}

export interface Edition {
  /** Short hash of the published content. */
  id: string;
  /** From the changelog; undefined while the content is not yet recorded there (a working copy). */
  date?: string;
  changes: string[];
}

/** The edition hash of a set of content files (paths relative to content/). */
export function editionHash(files: FileEntry[]): string {
  return editionHashOf(files.map((f) => ({ path: f.path, sha256: sha256Hex(f.data) })));
}

/** The edition hash from each content file's SHA-256 (hex). */
function editionHashOf(files: readonly { path: string; sha256: string }[]): string {
  return sha256Hex(Buffer.from(manifestOfHashes(files.filter((f) => f.path !== CHANGELOG_FILE)))).slice(0, HASH_LENGTH);
}

/** The changelog's entries, checked: a broken changelog stops the build with the file, entry, problem and fix. */
export function parseChangelog(text: string, file = `content/${CHANGELOG_FILE}`): ChangelogEntry[] {
  const problem = (field: string, kind: ContentProblem['kind'], what: string, fix: string): never => {
    throw new ArchiveContentError([{ file, field, kind, problem: what, fix }]);
  };
  let data: unknown;
  try {
    data = parseYaml(text) ?? [];
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return problem('(the whole file)', 'syntax', `is not valid YAML: ${reason}`, 'check indentation and quoting near the line named.');
  }
  if (!Array.isArray(data))
    problem(
      '(the whole file)',
      'schema',
      'is not a list of editions',
      'each entry is "- edition: <hash>", "date: \'YYYY-MM-DD\'" and "changes:".',
    );
  return (data as Record<string, unknown>[]).map((e, i) => {
    const where = `entry ${i + 1}`;
    if (typeof e?.edition !== 'string' || !new RegExp(`^[0-9a-f]{${HASH_LENGTH}}$`).test(e.edition))
      problem(`${where}: edition`, 'schema', `is not a ${HASH_LENGTH}-character edition hash`, `use the hash \`npm run edition\` prints.`);
    if (typeof e.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(e.date))
      problem(`${where}: date`, 'schema', 'is not a date written YYYY-MM-DD', "write it in quotes, e.g. date: '2026-11-27'.");
    if (!Array.isArray(e.changes) || !e.changes.every((c) => typeof c === 'string'))
      problem(
        `${where}: changes`,
        'schema',
        'is not a list of sentences',
        'list what changed, one sentence per item (changes: [First edition.]).',
      );
    return { edition: e.edition as string, date: e.date as string, changes: e.changes as string[] };
  });
}

/** The edition of a content folder, with its changelog entry when there is one. */
export function readEdition(dir: string): Edition {
  // Each file hashed as it is read: a large archive's content is hundreds of megabytes (10,000 reports: 450 MB, read
  // at once in the middle of the build's memory peak).
  const hashes: { path: string; sha256: string }[] = [];
  let changelog: FileEntry | undefined;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const data = readFileSync(file);
    const path = relative(dir, file).split(sep).join('/');
    hashes.push({ path, sha256: sha256Hex(data) });
    if (path === CHANGELOG_FILE) changelog = { path, data };
  }
  const id = editionHashOf(hashes);
  // Read like every other content file: bytes that are not UTF-8 are named, not decoded into U+FFFD.
  const file = `content/${CHANGELOG_FILE}`;
  const read = changelog ? decodeContent(file, changelog.data) : undefined;
  if (read?.problem) throw new ArchiveContentError([read.problem]);
  const entry = read ? parseChangelog(read.text!, file).find((e) => e.edition === id) : undefined;
  return { id, changes: entry?.changes ?? [], ...(entry ? { date: entry.date } : {}) };
}
