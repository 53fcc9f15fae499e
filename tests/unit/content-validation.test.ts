/**
 * Broken content must stop the build with a message that names the file, the
 * field, what is wrong and how to fix it. Each fixture breaks one thing in a
 * copy of a real report.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crossCheck, validateLedger, validateReportFile } from '../../src/lib/content/archive-content.ts';
import { formatProblems } from '../../src/lib/content/errors.ts';
import { CONTENT_DIR, archive, sourceText } from './helpers.ts';

const realFile = 'content/reports/international-voices.md';
const real = readFileSync(`${CONTENT_DIR}/reports/international-voices.md`, 'utf8');

function broken(edit: (raw: string) => string) {
  const raw = edit(real);
  expect(raw).not.toBe(real);
  return validateReportFile(realFile, raw);
}

describe('report frontmatter errors', () => {
  it('accepts the real report', () => {
    expect(validateReportFile(realFile, real).problems).toEqual([]);
  });

  it('missing headline', () => {
    const { problems } = broken((r) => r.replace(/headline:\n  text: .*\n  kind: editorial\n/, ''));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: realFile, field: 'headline', problem: 'is missing' });
    expect(problems[0]!.fix).toContain('headline: {');
  });

  it('headline kind missing', () => {
    const { problems } = broken((r) => r.replace('  kind: editorial\n', ''));
    expect(problems[0]).toMatchObject({ field: 'headline.kind', problem: 'is missing' });
    expect(problems[0]!.fix).toMatch(/"original".*"editorial"/);
  });

  it('bad date', () => {
    const { problems } = broken((r) => r.replace("published: '2025-06-19T00:00:00+08:00'", "published: '19 June 2025'"));
    expect(problems[0]).toMatchObject({ field: 'published' });
    expect(problems[0]!.problem).toContain('"19 June 2025"');
    expect(problems[0]!.fix).toContain('+08:00');
  });

  it('unquoted date that YAML would turn into a Date object', () => {
    const { problems } = broken((r) => r.replace("published: '2025-06-19T00:00:00+08:00'", 'published: 2025-06-19'));
    expect(problems[0]!.field).toBe('published');
    expect(problems[0]!.fix).toContain('in quotes');
  });

  it('date that is not a real day', () => {
    const { problems } = broken((r) => r.replace("published: '2025-06-19T00:00:00+08:00'", "published: '2025-02-31T00:00:00+08:00'"));
    expect(problems.some((p) => p.field === 'published')).toBe(true);
  });

  it('unknown outlet', () => {
    const { problems } = broken((r) => r.replace('outlets: [xinhua]', 'outlets: [reuters]'));
    expect(problems[0]).toMatchObject({ field: 'outlets[0]' });
    expect(problems[0]!.problem).toBe('is "reuters", which is not one of: xinhua, peoples-daily');
  });

  it('author whose outlet is not listed', () => {
    const { problems } = broken((r) => r.replace('{ name: 张伟, outlet: xinhua }', '{ name: 张伟, outlet: peoples-daily }'));
    expect(problems[0]!.field).toBe('authors[0].outlet');
    expect(problems[0]!.problem).toContain('not listed in outlets');
  });

  it('misspelt field', () => {
    const { problems } = broken((r) => r.replace('dateline:', 'datline:'));
    const fields = problems.map((p) => `${p.field}: ${p.problem}`);
    expect(fields).toContain('dateline: is missing');
    expect(fields.some((f) => f.includes('unknown field(s): datline'))).toBe(true);
  });

  it('invalid YAML', () => {
    const { problems } = broken((r) => r.replace('slug: international-voices', 'slug: [unclosed'));
    expect(problems[0]!.field).toBe('(frontmatter)');
    expect(problems[0]!.problem).toContain('not valid YAML');
  });

  it('formats problems as readable text, not a Zod dump', () => {
    const { problems } = broken((r) => r.replace('outlets: [xinhua]', 'outlets: [reuters]'));
    const text = formatProblems(problems);
    expect(text).toContain(realFile);
    expect(text).toContain('field: outlets[0]');
    expect(text).toContain('how to fix:');
    expect(text).not.toMatch(/"code":|invalid_value|ZodError/);
  });
});

describe('cross-file errors', () => {
  it('duplicate slug', () => {
    const copy = { ...archive.reports[1]!, file: 'content/reports/copy.md' };
    const problems = crossCheck({ reports: [...archive.reports, copy], ledger: archive.ledger }, sourceText, 'content/corrections.yaml');
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/reports/copy.md',
        field: 'slug',
        problem: `"international-voices" is already used by ${realFile}`,
      }),
    );
  });

  it('ledger entry that does not match the source', () => {
    const ledger = archive.ledger.map((e) => (e.id === 'a-doubt-section-1-heading' ? { ...e, text: '一种精神，焕发千年友谊的新光彩' } : e));
    const problems = crossCheck({ reports: archive.reports, ledger }, sourceText, 'content/corrections.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/corrections.yaml', field: 'ledger entry a-doubt-section-1-heading' });
    expect(problems[0]!.problem).toContain('does not stand in source lines 66–67');
  });

  it('ledger entry citing the wrong lines', () => {
    const ledger = archive.ledger.map((e) =>
      e.id === 'a-headline-moved' && e.kind === 'move' ? { ...e, source_lines: [1, 3] as [number, number] } : e,
    );
    const problems = crossCheck({ reports: archive.reports, ledger }, sourceText, 'content/corrections.yaml');
    expect(problems.map((p) => p.field)).toContain('ledger entry a-headline-moved');
  });

  it('ledger entry for an unknown report', () => {
    const ledger = [...archive.ledger, { ...archive.ledger[0]!, id: 'stray', report: 'no-such-report' }];
    const problems = crossCheck({ reports: archive.reports, ledger }, sourceText, 'content/corrections.yaml');
    expect(problems[0]!.problem).toContain('"no-such-report", which is not the slug of any report');
  });

  it('ledger schema errors name the entry and field', () => {
    const { problems } = validateLedger(
      'content/corrections.yaml',
      '- id: x\n  report: harmony-and-unity\n  kind: moved\n  reason: r\n  reason_en: r\n',
    );
    expect(problems[0]!.file).toBe('content/corrections.yaml (entry 1)');
    expect(problems[0]!.field).toBe('kind');
  });

  it('a transcription that silently changes a character', () => {
    const a = archive.reports[0]!;
    const parsed = { ...a.parsed, lede: a.parsed.lede.map((b, i) => (i === 0 ? { ...b, text: b.text.replace('草原', '高原') } : b)) };
    const problems = crossCheck(
      { reports: [{ ...a, parsed }, archive.reports[1]!], ledger: archive.ledger },
      sourceText,
      'content/corrections.yaml',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(a.file);
    expect(problems[0]!.problem).toContain('source has “草原上的天');
  });
});
