/**
 * Proof that a transcription is the source: apply the ledger's documented
 * moves, additions and changes, ignore whitespace, and compare what is left.
 */
import type { LedgerEntry, Report } from '../model/schema.ts';
import { type ReportBody, stripWhitespace, textBlocks, bodyText } from './blocks.ts';
import { headerText, reportHeader } from './header.ts';

/** One mismatch; `entry` is the id of the ledger entry at fault, or null when the transcription is. */
export interface FidelityProblem {
  entry: string | null;
  problem: string;
}

export interface FidelityResult {
  ok: boolean;
  problems: FidelityProblem[];
}

export function sourceSlice(sourceText: string, [first, last]: readonly [number, number]): string {
  return sourceText
    .split('\n')
    .slice(first - 1, last)
    .join('\n');
}

function removeOnce(haystack: string, needle: string): string | null {
  const at = haystack.indexOf(needle);
  return at < 0 ? null : haystack.slice(0, at) + haystack.slice(at + needle.length);
}

/** Describe the first difference of two strings with some context. */
export function firstDifference(expected: string, actual: string): string {
  let i = 0;
  while (i < expected.length && i < actual.length && expected[i] === actual[i]) i++;
  const from = Math.max(0, i - 12);
  return `at character ${i}: source has “${expected.slice(from, i + 12)}”, transcription has “${actual.slice(from, i + 12)}”`;
}

/**
 * Check one ledger entry against the source: the text it names must stand in
 * the source lines it cites. Returns a problem description or null.
 */
export function checkLedgerEntryAgainstSource(entry: LedgerEntry, sourceText: string): string | null {
  if (!('source_lines' in entry)) return null;
  const lines = sourceText.split('\n').length;
  const [first, last] = entry.source_lines;
  if (last > lines || first > last) return `source_lines [${first}, ${last}] lie outside the source file, which has ${lines} lines`;
  const needle = entry.kind === 'change' ? entry.from : entry.kind === 'whitespace' ? null : entry.text;
  if (needle === null) return null;
  const slice = stripWhitespace(sourceSlice(sourceText, entry.source_lines));
  if (!slice.includes(stripWhitespace(needle))) {
    return `the text “${needle}” does not stand in source lines ${first}–${last} (they read “${slice.slice(0, 40)}${slice.length > 40 ? '…' : ''}”)`;
  }
  return null;
}

/** The report's source text without whitespace, each character tagged with its source line. */
function taggedSource(sourceText: string, [first, last]: readonly [number, number]) {
  const chars: { ch: string; line: number }[] = [];
  sourceText
    .split('\n')
    .slice(first - 1, last)
    .forEach((line, i) => {
      for (const ch of stripWhitespace(line)) chars.push({ ch, line: first + i });
    });
  return chars;
}

/**
 * Where `text` first stands in the tagged source entirely within the cited lines [a, b], or -1. Indices count
 * UTF-16 units like the tagged characters, which are code points: both sides are compared as joined strings.
 */
function indexWithin(source: readonly { ch: string; line: number }[], text: string, [a, b]: readonly [number, number]): number {
  const joined = source.map((c) => c.ch).join('');
  // Map string offsets back to tagged characters (a character outside the BMP is two units long).
  const charAt: number[] = [];
  source.forEach((c, k) => {
    for (let u = 0; u < c.ch.length; u++) charAt.push(k);
  });
  for (let i = joined.indexOf(text); i >= 0; i = joined.indexOf(text, i + 1)) {
    const [first, last] = [charAt[i]!, charAt[i + text.length - 1]!];
    if (source[first]!.line >= a && source[last]!.line <= b) return first;
  }
  return -1;
}

/** Verify a report's header and body against the source, given the report's ledger entries. */
export function checkFidelity(report: Report, body: ReportBody, ledger: readonly LedgerEntry[], sourceText: string): FidelityResult {
  const problems: FidelityProblem[] = [];
  for (const entry of ledger) {
    const problem = checkLedgerEntryAgainstSource(entry, sourceText);
    if (problem) problems.push({ entry: entry.id, problem });
  }
  if (problems.length) return { ok: false, problems };

  let source = taggedSource(sourceText, report.source.lines);
  let header = headerText(reportHeader(report)).map(stripWhitespace).join('');
  for (const entry of ledger) {
    if (entry.kind === 'move') {
      // Cut the moved text out of the source where its cited lines stand; it must be in the header.
      const text = stripWhitespace(entry.text);
      const [a, b] = entry.source_lines;
      const at = indexWithin(source, text, entry.source_lines);
      if (at < 0) {
        problems.push({ entry: entry.id, problem: `“${entry.text}” is not in this report's source at lines ${a}–${b}` });
        continue;
      }
      source = [...source.slice(0, at), ...source.slice(at + [...text].length)];
      const rest = removeOnce(header, text);
      if (rest === null) problems.push({ entry: entry.id, problem: `the report header does not contain “${entry.text}”` });
      else header = rest;
    } else if (entry.kind === 'add') {
      const rest = removeOnce(header, stripWhitespace(entry.text));
      if (rest === null) problems.push({ entry: entry.id, problem: `the report header does not contain the added text “${entry.text}”` });
      else header = rest;
    }
  }
  for (const entry of ledger) {
    if (entry.kind !== 'change') continue;
    // A change applies where its cited lines stand, never to the same words elsewhere in the report.
    const from = stripWhitespace(entry.from);
    const at = indexWithin(source, from, entry.source_lines);
    if (at < 0) {
      const [a, b] = entry.source_lines;
      problems.push({ entry: entry.id, problem: `“${entry.from}” is not in this report's source at lines ${a}–${b}` });
      continue;
    }
    const replacement = [...stripWhitespace(entry.to)].map((ch) => ({ ch, line: source[at]!.line }));
    source = [...source.slice(0, at), ...replacement, ...source.slice(at + [...from].length)];
  }
  const expected = source.map((c) => c.ch).join('');
  if (header !== '')
    problems.push({ entry: null, problem: `the report header has text that neither the source nor the ledger accounts for: “${header}”` });
  const actual = stripWhitespace(bodyText(body));
  if (actual !== expected) problems.push({ entry: null, problem: `the body differs from the source ${firstDifference(expected, actual)}` });

  for (const entry of ledger) {
    if (entry.kind !== 'structure') continue;
    const start = stripWhitespace(entry.text);
    if (!textBlocks(body).some((b) => b.text.startsWith(start))) {
      problems.push({ entry: entry.id, problem: `no paragraph of the transcription begins with “${entry.text}”` });
    }
  }
  return { ok: problems.length === 0, problems };
}
