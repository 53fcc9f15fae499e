/**
 * Editions: the version of record a citation names. An edition is identified by a short hash of the published
 * content — every file under content/ (reports, ledger, translations, people, quotes, paragraph ids, the source
 * copy) except the changelog itself — so it changes exactly when what readers cite changes, and never with the
 * build or its clock. Its date and what changed come from the changelog, content/editions.yaml.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type FileEntry, manifest, sha256Hex } from './manifest.ts';

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
  return sha256Hex(Buffer.from(manifest(files.filter((f) => f.path !== CHANGELOG_FILE)))).slice(0, HASH_LENGTH);
}

/** The changelog's entries, checked: a broken changelog stops the build with the file and what to fix. */
export function parseChangelog(text: string, file = `content/${CHANGELOG_FILE}`): ChangelogEntry[] {
  const data: unknown = parseYaml(text) ?? [];
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of editions ({ edition, date, changes }).`);
  return data.map((e: Record<string, unknown>, i) => {
    const where = `${file}: entry ${i + 1}`;
    if (typeof e?.edition !== 'string' || !new RegExp(`^[0-9a-f]{${HASH_LENGTH}}$`).test(e.edition))
      throw new Error(`${where}: "edition" must be the ${HASH_LENGTH}-character hash \`node scripts/edition.mjs\` prints.`);
    if (typeof e.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(e.date)) throw new Error(`${where}: "date" must be YYYY-MM-DD (quoted).`);
    if (!Array.isArray(e.changes) || !e.changes.every((c) => typeof c === 'string'))
      throw new Error(`${where}: "changes" must be a list of sentences saying what changed.`);
    return { edition: e.edition, date: e.date, changes: e.changes as string[] };
  });
}

export function readContentFiles(dir: string): FileEntry[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = join(e.parentPath, e.name);
      return { path: relative(dir, file).split(sep).join('/'), data: readFileSync(file) };
    });
}

/** The edition of a content folder, with its changelog entry when there is one. */
export function readEdition(dir: string): Edition {
  const files = readContentFiles(dir);
  const id = editionHash(files);
  const changelog = files.find((f) => f.path === CHANGELOG_FILE);
  const entry = changelog ? parseChangelog(Buffer.from(changelog.data).toString('utf8')).find((e) => e.edition === id) : undefined;
  return { id, changes: entry?.changes ?? [], ...(entry ? { date: entry.date } : {}) };
}
