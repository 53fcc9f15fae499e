/** Files in a built site, for the build steps. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under dir whose name ends in ext, sorted, as paths that include dir. */
export async function filesUnder(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
