/**
 * The archive's first promise: each report is the source, character for
 * character, except for what the editorial ledger documents.
 */
import { describe, expect, it } from 'vitest';
import { stripWhitespace, textBlocks } from '../../src/lib/text/blocks.ts';
import { checkFidelity, sourceSlice } from '../../src/lib/text/fidelity.ts';
import { headerText, reportHeader } from '../../src/lib/text/header.ts';
import { archive, sourceText } from './helpers.ts';

describe.each(archive.reports.map((r) => [r.data.slug, r] as const))('%s', (slug, report) => {
  const ledger = archive.ledger.filter((e) => e.report === slug);
  const source = sourceText(report.data.source.file);

  it('equals the source, whitespace aside, except for what the ledger documents', () => {
    expect(checkFidelity(report.data, report.parsed, ledger, source)).toEqual({ ok: true, problems: [] });
  });

  it('has no undocumented character: every non-whitespace source character is used exactly once', () => {
    const sourceChars = stripWhitespace(sourceSlice(source, report.data.source.lines));
    const header = headerText(reportHeader(report.data)).join('');
    const added = ledger.filter((e) => e.kind === 'add').map((e) => ('text' in e ? e.text : ''));
    const transcription = stripWhitespace(
      header +
        report.parsed.lede.map((b) => b.text).join('') +
        report.parsed.sections.map((s) => s.title + s.blocks.map((b) => b.text).join('')).join(''),
    );
    expect(transcription.length).toBe(sourceChars.length + stripWhitespace(added.join('')).length);
    expect([...transcription].sort().join('')).toBe([...(sourceChars + stripWhitespace(added.join('')))].sort().join(''));
  });

  it('has no paragraph that still carries extraction whitespace or an empty text', () => {
    for (const block of textBlocks(report.parsed)) {
      expect(block.text).not.toMatch(/\s/u);
      expect(block.text.length).toBeGreaterThan(0);
    }
  });

  it('documents every restored paragraph break that has no blank line in the source', () => {
    const lines = source.split('\n');
    const documented = ledger.filter((e) => e.kind === 'structure').map((e) => ('text' in e ? stripWhitespace(e.text) : ''));
    for (const block of textBlocks(report.parsed)) {
      if (block.kind === 'lead-in') continue;
      // Find the source line where this paragraph starts; a paragraph start without a blank line (or a ……
      // or a lead-in line) before it is a break the transcription restored and must explain.
      const start = [...block.text].slice(0, 8).join('');
      const lineNo = lines.findIndex((l, i) => i >= report.data.source.lines[0] - 1 && stripWhitespace(l).startsWith(start));
      if (lineNo <= report.data.source.lines[0] - 1) continue;
      const previous = lines[lineNo - 1]!.trim();
      const previousIsBoundary = previous === '' || previous === '……' || previous.endsWith('——') || /^#/.test(previous);
      if (!previousIsBoundary) {
        expect(
          documented.some((d) => block.text.startsWith(d)),
          `paragraph ${block.id} (“${start}…”) starts a new paragraph at source line ${lineNo + 1} without a blank line; add a ledger "structure" entry`,
        ).toBe(true);
      }
    }
  });
});

const sourceFiles = [...new Set(archive.reports.map((r) => r.data.source.file))];
it.each(sourceFiles)('covers every line of %s with exactly one report', (file) => {
  const ranges = archive.reports.filter((r) => r.data.source.file === file).map((r) => r.data.source.lines);
  const lines = sourceText(file).split('\n');
  const coverage = lines.map((l, i) => ({ line: i + 1, text: l, reports: ranges.filter(([a, b]) => i + 1 >= a && i + 1 <= b).length }));
  expect(coverage.filter((l) => l.text.trim() && l.reports !== 1)).toEqual([]);
});
