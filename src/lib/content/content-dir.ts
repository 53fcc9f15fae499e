import { resolve } from 'node:path';

/** The content folder the build reads: content/, or ARCHIVE_CONTENT_DIR (tests with fixtures, benchmarks). */
export function contentDir(): string {
  return resolve(process.env.ARCHIVE_CONTENT_DIR ?? 'content');
}
