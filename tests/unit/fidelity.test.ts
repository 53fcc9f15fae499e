/**
 * The archive's first promise: each report is the source, character for
 * character, except for what the editorial ledger documents.
 */
import { describe, expect, it } from 'vitest';
import { stripWhitespace } from '../../src/lib/text/blocks.ts';
import { checkFidelity, sourceSlice } from '../../src/lib/text/fidelity.ts';
import { headerText, reportHeader } from '../../src/lib/text/header.ts';
import { paragraphsWithWhitespace, sourceCoverageGaps, undocumentedBreaks } from '../../src/lib/text/source-layout.ts';
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
    // What the ledger documents as added, and as changed (a change's `to` stands where its `from` stood).
    const added = ledger.flatMap((e) => (e.kind === 'add' ? [e.text] : e.kind === 'change' ? [e.to] : []));
    const removed = ledger.flatMap((e) => (e.kind === 'change' ? [...stripWhitespace(e.from)] : []));
    const expected = [...sourceChars, ...stripWhitespace(added.join(''))];
    for (const ch of removed) if (expected.includes(ch)) expected.splice(expected.indexOf(ch), 1);
    const transcription = stripWhitespace(
      header +
        report.parsed.lede.map((b) => b.text).join('') +
        report.parsed.sections.map((s) => s.title + s.blocks.map((b) => b.text).join('')).join(''),
    );
    expect([...transcription].length).toBe(expected.length);
    expect([...transcription].sort().join('')).toBe(expected.sort().join(''));
  });

  // The layout rules are content checks too (the build and add-report report them: source-layout.test.ts);
  // here they run per report, so a failure names the report.
  it('has no paragraph that still carries extraction whitespace', () => {
    expect(paragraphsWithWhitespace(report.parsed)).toEqual([]);
  });

  it('documents every restored paragraph break that has no blank line in the source', () => {
    expect(undocumentedBreaks(report.data, report.parsed, ledger, source)).toEqual([]);
  });
});

const sourceFiles = [...new Set(archive.reports.map((r) => r.data.source.file))];
it.each(sourceFiles)('covers every line of %s with exactly one report', (file) => {
  const ranges = archive.reports.filter((r) => r.data.source.file === file).map((r) => ({ slug: r.data.slug, lines: r.data.source.lines }));
  expect(sourceCoverageGaps(sourceText(file), ranges)).toEqual([]);
});
