/**
 * A minimal, deterministic POSIX ustar writer (regular files only): entries in
 * path order, one fixed modification time, owner 0:0, mode 0644. The same
 * files always give the same bytes, so a release archive is reproducible too.
 */
import { byPath, type FileEntry } from './manifest.ts';

const BLOCK = 512;

function splitName(path: string): { name: string; prefix: string } {
  const bytes = Buffer.byteLength(path);
  if (bytes <= 100) return { name: path, prefix: '' };
  for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100) return { name, prefix };
  }
  throw new Error(`Path "${path}" is too long for a ustar archive (name ≤ 100 bytes, folder ≤ 155).`);
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

export function tarHeader(path: string, size: number, mtime: number): Buffer {
  const header = Buffer.alloc(BLOCK);
  const { name, prefix } = splitName(path);
  header.write(name, 0, 100, 'utf8');
  header.write(octal(0o644, 8), 100, 'ascii');
  header.write(octal(0, 8), 108, 'ascii');
  header.write(octal(0, 8), 116, 'ascii');
  header.write(octal(size, 12), 124, 'ascii');
  header.write(octal(mtime, 12), 136, 'ascii');
  header.write('        ', 148, 'ascii'); // checksum field counts as spaces
  header.write('0', 156, 'ascii');
  header.write('ustar\0', 257, 'ascii');
  header.write('00', 263, 'ascii');
  header.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(octal(sum, 7) + ' ', 148, 'ascii');
  return header;
}

/** A complete tar archive (uncompressed) of `files`, every entry stamped with `mtime` (seconds since 1970). */
export function tarArchive(files: FileEntry[], mtime: number): Buffer {
  const parts: Buffer[] = [];
  for (const file of [...files].sort(byPath)) {
    parts.push(tarHeader(file.path, file.data.length, mtime), Buffer.from(file.data));
    const pad = (BLOCK - (file.data.length % BLOCK)) % BLOCK;
    if (pad) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}
