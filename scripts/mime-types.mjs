/**
 * Content types of the files an archive build holds, for the project's own small static servers: the same
 * types and UTF-8 charsets as the hosting recipes in docs/hosting/ (feeds Atom, every text file UTF-8).
 */
import { basename, extname } from 'node:path';

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
  '.bib': 'text/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** The Content-Type for a file; Pagefind's index chunks and fragments (gzip-compressed binaries) get octet-stream. */
export const contentTypeOf = (file) =>
  basename(file) === 'feed.xml' ? 'application/atom+xml; charset=utf-8' : (TYPES[extname(file)] ?? 'application/octet-stream');
