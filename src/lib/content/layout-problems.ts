/**
 * The layout rules of text/source-layout.ts as readable problems, so that the build and `npm run add-report`
 * stop a transcription that the fidelity tests would reject: an undocumented paragraph break, whitespace left
 * inside a paragraph, a source line cited by no report or by two.
 */
import { dirname, join } from 'node:path';
import type { LedgerEntry } from '../model/schema.ts';
import { paragraphsWithWhitespace, sourceCoverageGaps, undocumentedBreaks } from '../text/source-layout.ts';
import type { ContentProblem } from './errors.ts';
import type { ReportEntry } from './report-entry.ts';

/** Problems of one report's layout against its source text and its ledger entries. */
export function reportLayoutProblems(report: ReportEntry, ledger: readonly LedgerEntry[], sourceText: string, ledgerFile: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { id, start, line } of undocumentedBreaks(report.data, report.parsed, ledger, sourceText)) {
    problems.push({
      file: report.file,
      field: `paragraph ${id}`,
      kind: 'fidelity',
      problem: `(“${start}…”) begins at source line ${line}, where the source runs on from the line before (no blank line, “……” or lead-in line ends it): the transcription restores a paragraph break that no ledger entry documents`,
      fix: `if the break is right, add an entry to ${ledgerFile} with kind: structure, report: ${report.data.slug}, text: ${start}, source_lines around ${line} and the reason; otherwise join the paragraph to the one before it.`,
    });
  }
  for (const id of paragraphsWithWhitespace(report.parsed)) {
    problems.push({
      file: report.file,
      field: `paragraph ${id}`,
      kind: 'body',
      problem: 'still contains whitespace (a space or line-break character inside a line of the paragraph)',
      fix: 'remove the whitespace: Chinese text runs on without spaces, and the lines of one paragraph are joined as they are.',
    });
  }
  return problems;
}

/** Problems of the reports citing one source file: each of its non-blank lines belongs to exactly one report. */
export function sourceCoverageProblems(sourceFile: string, sourceText: string, reports: readonly ReportEntry[]): ContentProblem[] {
  const cited = reports.map((r) => ({ slug: r.data.slug, lines: r.data.source.lines }));
  const citing = reports.map((r) => `${r.file} [${r.data.source.lines.join(', ')}]`).join('; ');
  const sourcePath = reports[0] ? join(dirname(dirname(reports[0].file)), sourceFile) : sourceFile;
  return sourceCoverageGaps(sourceText, cited).map(({ lines: [a, b], reports: slugs }): ContentProblem => {
    const lines = a === b ? `line ${a}` : `lines ${a}–${b}`;
    if (slugs.length === 0) {
      return {
        file: sourcePath,
        field: lines,
        kind: 'fidelity',
        problem: `${a === b ? 'belongs' : 'belong'} to no report: no report’s source.lines include ${a === b ? 'it' : 'them'}, so the text would be lost`,
        fix: `widen source.lines of the report the text belongs to (reports citing this file: ${citing}), or add its report (npm run add-report).`,
      };
    }
    const later = reports.find((r) => r.data.slug === slugs.at(-1))!;
    return {
      file: later.file,
      field: 'source.lines',
      kind: 'fidelity',
      problem: `include source ${lines}, which ${slugs.slice(0, -1).join(' and ')} also cite(s): a source line belongs to one report`,
      fix: `make the reports’ line ranges meet without overlapping (reports citing this file: ${citing}).`,
    };
  });
}
