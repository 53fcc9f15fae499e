/** Every regular file under a folder as { path, data }, paths relative with "/" and sorted. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export async function readTree(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const out = [];
  for (const file of files) out.push({ path: relative(dir, file).split(sep).join('/'), data: await readFile(file) });
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
