/**
 * Reading a content file as text, so that nothing is lost on the way: a required file that is not
 * there, bytes that are not UTF-8 (which a plain read would turn into U+FFFD and publish) and NUL
 * characters are problems that name the file, the line and the encoding the bytes look like.
 * A UTF-8 byte order mark is accepted (editors on Windows write one) and dropped.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ContentProblem } from './errors.ts';

export type TextRead = { text: string; problem?: undefined } | { text?: undefined; problem: ContentProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** What the bytes look like when they are not UTF-8, in words. */
export function describeEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 (little-endian, with a byte order mark)';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 (big-endian, with a byte order mark)';
  const legacy: [label: string, name: string][] = [
    ['gb18030', 'GB18030 (GBK, GB2312: a mainland Chinese legacy encoding)'],
    ['big5', 'Big5 (a Taiwan and Hong Kong legacy encoding)'],
  ];
  for (const [label, name] of legacy) {
    try {
      new TextDecoder(label, { fatal: true }).decode(bytes);
      return name;
    } catch {
      // not this one either
    }
  }
  return 'an encoding other than UTF-8 (or damaged bytes)';
}

/** The 1-based number of the first line whose bytes are not UTF-8, or null when all are. */
export function firstInvalidLine(bytes: Uint8Array): number | null {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        utf8.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return null;
}

/** Decode a file's bytes; `file` names it in problems. */
export function decodeContent(file: string, bytes: Uint8Array): TextRead {
  let decoded: string;
  try {
    // One decode of the whole file; only a file that is not UTF-8 is read again line by line, to name the line (a
    // newline byte is never inside a UTF-8 character, so the whole decodes exactly when every line does).
    decoded = utf8.decode(bytes);
  } catch {
    return {
      problem: {
        file,
        field: `line ${firstInvalidLine(bytes) ?? 1}`,
        kind: 'encoding',
        problem: `is not UTF-8 text: the file looks like ${describeEncoding(bytes)}`,
        fix: 'save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8), then check that its Chinese text still reads correctly.',
      },
    };
  }
  const text = decoded.replace(/^\uFEFF/, '');
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    return {
      problem: {
        file,
        field: `line ${text.slice(0, nul).split('\n').length}`,
        kind: 'encoding',
        problem: 'contains NUL characters, which text files do not hold (a file saved as UTF-16 without a byte order mark looks like this)',
        fix: 'save the file as UTF-8 text.',
      },
    };
  }
  return { text };
}

/** What a required file is for, and how to make one when it really should be empty or new. */
export interface RequiredFile {
  holds: string;
  create: string;
}

/** Read a required content file as text; its absence is a problem that says what the file is for. */
export function readContentFile(path: string, file: string, required: RequiredFile): TextRead {
  if (!existsSync(path)) {
    return {
      problem: {
        file,
        field: '(the whole file)',
        kind: 'missing',
        problem: `does not exist; it holds ${required.holds}, and nothing published from it may silently disappear`,
        fix: `restore it (git checkout -- ${file}); if the archive really has none yet, ${required.create}.`,
      },
    };
  }
  return decodeContent(file, readFileSync(path));
}
