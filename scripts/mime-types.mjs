/** Content types of the files an archive build holds, for the project's own small static servers. */
import { extname } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** The Content-Type for a file; Pagefind's index chunks and fragments (gzip-compressed binaries) get octet-stream. */
export const contentTypeOf = (file) => TYPES[extname(file)] ?? 'application/octet-stream';
