import { createHash } from 'node:crypto';
import { stripWhitespace } from './blocks.ts';

/** A short, stable fingerprint of a paragraph's text (NFC, whitespace ignored). */
export function fingerprint(text: string): string {
  return createHash('sha256')
    .update(stripWhitespace(text.normalize('NFC')), 'utf8')
    .digest('hex')
    .slice(0, 16);
}
