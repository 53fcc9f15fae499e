/**
 * Rules about how a transcription lays out its source that the character comparison (fidelity.ts) cannot see,
 * because it ignores whitespace: a paragraph break the source does not have must be documented, a paragraph
 * keeps no whitespace of the extraction, and every line of a source file belongs to exactly one report.
 */
import type { LedgerEntry, Report } from '../model/schema.ts';
import { type ReportBody, stripWhitespace, textBlocks } from './blocks.ts';

/** A paragraph that starts where the source runs on, with no ledger "structure" entry explaining the break. */
export interface UndocumentedBreak {
  /** The paragraph's id. */
  id: string;
  /** Its first characters, as the ledger entry would name them. */
  start: string;
  /** The 1-based source line where it starts. */
  line: number;
}

/** How many characters of a paragraph's start identify its source line. */
const START_LENGTH = 8;

/** A source line after which a new paragraph needs no explanation: blank, a lone "……", a lead-in or a heading mark. */
function isBoundary(line: string): boolean {
  const previous = line.trim();
  return previous === '' || previous === '……' || previous.endsWith('——') || previous.startsWith('#');
}

/**
 * Paragraphs that begin at a source line with no paragraph boundary before it, and that no ledger "structure"
 * entry documents (its text is the paragraph's opening words). Lead-ins are exempt: the line after them is the break.
 */
export function undocumentedBreaks(
  report: Pick<Report, 'source'>,
  body: ReportBody,
  ledger: readonly LedgerEntry[],
  sourceText: string,
): UndocumentedBreak[] {
  const lines = sourceText.split('\n');
  const first = report.source.lines[0] - 1;
  const documented = ledger.flatMap((e) => (e.kind === 'structure' ? [stripWhitespace(e.text)] : []));
  const found: UndocumentedBreak[] = [];
  // Each line stripped once, not once per paragraph (the build checks every report of a large archive).
  const stripped: string[] = [];
  const strippedLine = (i: number) => (stripped[i] ??= stripWhitespace(lines[i]!));
  for (const block of textBlocks(body)) {
    if (block.kind === 'lead-in') continue;
    const start = [...block.text].slice(0, START_LENGTH).join('');
    let at = -1;
    for (let i = Math.max(first, 0); i < lines.length && at === -1; i++) if (strippedLine(i).startsWith(start)) at = i;
    // The report's first line, or a start not found line by line (it spans a line end): nothing to judge.
    if (at <= first) continue;
    if (isBoundary(lines[at - 1]!)) continue;
    if (documented.some((d) => block.text.startsWith(d))) continue;
    found.push({ id: block.id, start, line: at + 1 });
  }
  return found;
}

/** Paragraphs that still carry whitespace (a space the extraction left inside a line), by id. */
export function paragraphsWithWhitespace(body: ReportBody): string[] {
  return textBlocks(body)
    .filter((b) => /\s/u.test(b.text))
    .map((b) => b.id);
}

/** A run of source lines [first, last] (1-based) and the reports that cite it. */
export interface CoverageGap {
  lines: [number, number];
  /** The reports whose source.lines include these lines: none (left out) or more than one (cited twice). */
  reports: string[];
}

/**
 * The non-blank lines of one source file that are not cited by exactly one report's source.lines, as runs of
 * consecutive lines with the same reports.
 */
export function sourceCoverageGaps(
  sourceText: string,
  ranges: readonly { slug: string; lines: readonly [number, number] }[],
): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  // A run continues across blank lines: it ends at the next non-blank line cited otherwise.
  let previous = 0;
  sourceText.split('\n').forEach((text, i) => {
    const line = i + 1;
    if (!text.trim()) return;
    const reports = ranges.filter(({ lines: [a, b] }) => line >= a && line <= b).map((r) => r.slug);
    const last = gaps.at(-1);
    if (reports.length !== 1) {
      if (last && last.lines[1] === previous && last.reports.join() === reports.join()) last.lines[1] = line;
      else gaps.push({ lines: [line, line], reports });
    }
    previous = line;
  });
  return gaps;
}
