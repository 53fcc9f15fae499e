/**
 * Broken content must stop the build with a message that names the file, the
 * field, what is wrong and how to fix it. Each fixture breaks one thing in a
 * copy of a real report.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  crossCheck,
  loadArchiveContent,
  REQUIRED_FILES,
  validateLedger,
  validateReportFile,
} from '../../src/lib/content/archive-content.ts';
import { ArchiveContentError, type ContentProblem, formatProblems } from '../../src/lib/content/errors.ts';
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
    expect(problems[0]).toMatchObject({ file: 'content/corrections.yaml', field: 'entry 1 "x": kind', kind: 'schema' });
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

/**
 * Text in GB18030's two-byte range (all of GBK: the reports' Chinese and punctuation), built from
 * the platform's decoder; a character outside it becomes "?", which is fine for a fixture.
 */
function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++)
      if (trail !== 0x7f) table.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else bytes.push(...(table.get(ch) ?? [0x3f]));
  }
  return Buffer.from(bytes);
}

describe('nothing is lost silently (loadArchiveContent on a copy of content/ with one fault)', () => {
  const fixtures = mkdtempSync(join(tmpdir(), 'archive-content-'));
  afterAll(() => rmSync(fixtures, { recursive: true, force: true }));
  let count = 0;

  /** A fresh copy of content/ changed by edit; the problems loading it gives (none when it loads). */
  function load(edit: (dir: string) => void): ContentProblem[] {
    const dir = join(fixtures, String(++count));
    cpSync(CONTENT_DIR, dir, { recursive: true });
    edit(dir);
    try {
      loadArchiveContent(dir, fixtures);
      return [];
    } catch (error) {
      if (!(error instanceof ArchiveContentError)) throw error;
      return [...error.problems];
    }
  }
  const report = (dir: string) => join(dir, 'reports', 'international-voices.md');
  const rewrite = (path: string, edit: (text: string) => string) => writeFileSync(path, edit(readFileSync(path, 'utf8')));
  /** The 1-based line of the first line of text that contains needle. */
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

  it.each(Object.keys(REQUIRED_FILES))('a missing %s is named, with what it holds', (name) => {
    const problems = load((dir) => rmSync(join(dir, name)));
    expect(problems).toEqual([expect.objectContaining({ file: `${count}/${name}`, kind: 'missing' })]);
    expect(problems[0]!.problem).toContain(REQUIRED_FILES[name]!.holds);
    expect(problems[0]!.fix).toContain(`git checkout -- ${count}/${name}`);
  });

  it('people.yaml and quotes.yaml missing together are both named', () => {
    const problems = load((dir) => ['people.yaml', 'quotes.yaml'].forEach((name) => rmSync(join(dir, name))));
    expect(problems.map((p) => [p.file, p.kind])).toEqual([
      [`${count}/people.yaml`, 'missing'],
      [`${count}/quotes.yaml`, 'missing'],
    ]);
  });

  it('a reports folder with no report is named', () => {
    const problems = load((dir) => readdirSync(join(dir, 'reports')).forEach((name) => rmSync(join(dir, 'reports', name))));
    expect(problems).toEqual([expect.objectContaining({ file: `${count}/reports`, kind: 'missing' })]);
  });

  it('a report saved under another extension is named, hidden files are not', () => {
    const problems = load((dir) => {
      cpSync(report(dir), join(dir, 'reports', 'third-report.markdown'));
      writeFileSync(join(dir, 'reports', '.DS_Store'), '');
    });
    expect(problems).toEqual([expect.objectContaining({ file: `${count}/reports/third-report.markdown`, kind: 'unexpected' })]);
  });

  it('two reports with the same order', () => {
    const problems = load((dir) =>
      rewrite(report(dir), (text) => text.replace(/^order: \d+$/m, `order: ${archive.reports[0]!.data.order}`)),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: `${count}/reports/international-voices.md`, field: 'order', kind: 'duplicate' }),
    ]);
    expect(problems[0]!.problem).toContain('harmony-and-unity.md');
  });

  it('bytes that are not UTF-8 in the frontmatter: the file, the line and the encoding found', () => {
    let line = 0;
    const problems = load((dir) => {
      const text = readFileSync(report(dir), 'utf8');
      line = lineOf(text, 'dateline:');
      // "café" in Latin-1: é is the single byte 0xE9.
      const bytes = Buffer.from(text.replace('dateline: ', 'dateline: caf\u0000'), 'utf8');
      bytes[bytes.indexOf(0)] = 0xe9;
      writeFileSync(report(dir), bytes);
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: `${count}/reports/international-voices.md`, field: `line ${line}`, kind: 'encoding' }),
    ]);
    expect(problems[0]!.problem).toContain('is not UTF-8');
    expect(problems[0]!.fix).toContain('UTF-8');
  });

  it('a report saved as GB18030 says so, once', () => {
    const problems = load((dir) => {
      const text = readFileSync(report(dir), 'utf8');
      writeFileSync(report(dir), encodeGb18030(text));
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: `${count}/reports/international-voices.md`, kind: 'encoding' });
    expect(problems[0]!.problem).toContain('GB18030');
  });

  it('a source text that is not UTF-8 is named', () => {
    const source = archive.reports[0]!.data.source.file;
    const problems = load((dir) => writeFileSync(join(dir, source), Buffer.from([0xff, 0xfe, 0x41, 0x00])));
    expect(problems.map((p) => [p.file, p.kind])).toContainEqual([`${count}/${source}`, 'encoding']);
    expect(problems.find((p) => p.kind === 'encoding')!.problem).toContain('UTF-16');
  });

  it('a UTF-8 byte order mark is accepted in a report and in a YAML file', () => {
    const problems = load((dir) => {
      rewrite(report(dir), (text) => `\uFEFF${text}`);
      rewrite(join(dir, 'people.yaml'), (text) => `\uFEFF${text}`);
    });
    expect(problems).toEqual([]);
  });

  it('a malformed id registry names the file and the line', () => {
    const problems = load((dir) => rewrite(join(dir, 'paragraph-ids.json'), (text) => text.replace(/"ids": \{/, '"ids": {,')));
    expect(problems).toEqual([expect.objectContaining({ file: `${count}/paragraph-ids.json`, kind: 'syntax' })]);
    expect(problems[0]!.field).toMatch(/^line \d+$/);
    expect(problems[0]!.problem).toContain('is not valid JSON');
  });

  it('an id registry of the wrong shape names the report and field', () => {
    const problems = load((dir) => writeFileSync(join(dir, 'paragraph-ids.json'), '{ "harmony-and-unity": { "ids": ["p1"] } }'));
    expect(problems).toEqual([
      expect.objectContaining({ file: `${count}/paragraph-ids.json`, field: 'harmony-and-unity.ids', kind: 'schema' }),
    ]);
    expect(problems[0]!.fix).toContain('npm run register-paragraph-ids');
  });

  it.each([
    [
      'a report summary',
      (dir: string) => rewrite(report(dir), (t) => t.replace(/^summary: /m, 'summary: <script>alert(1)</script>')),
      'reports/international-voices.md',
      'summary',
    ],
    [
      'an English headline',
      (dir: string) => rewrite(report(dir), (t) => t.replace(/^  headline: /m, '  headline: <b>Bold</b> ')),
      'reports/international-voices.md',
      'en.headline',
    ],
    [
      'a person’s name',
      (dir: string) => rewrite(join(dir, 'people.yaml'), (t) => t.replace('en: Xi Jinping', 'en: Xi <i>Jinping</i>')),
      'people.yaml',
      'entry 1 "xi-jinping": names.en',
    ],
    [
      'a ledger reason',
      (dir: string) => rewrite(join(dir, 'corrections.yaml'), (t) => t.replace(/^(  reason_en: )/m, '$1<a href=x>see</a> ')),
      'corrections.yaml',
      /^entry 1 "[a-z0-9-]+": reason_en$/,
    ],
  ])('markup in %s names the file and field', (_, edit, file, field) => {
    const problems = load(edit);
    expect(problems).toEqual([expect.objectContaining({ file: `${count}/${file}`, kind: 'markup' })]);
    expect(problems[0]!.field).toMatch(typeof field === 'string' ? new RegExp(`^${field.replace(/[.[\]]/g, '\\$&')}$`) : field);
  });

  it('the error Astro shows carries no "Browser APIs" hint bait in its toString (the message keeps every problem)', () => {
    const error = new ArchiveContentError([
      { file: 'a.md', field: '(body)', kind: 'fidelity', problem: 'differs', fix: 'restore what content/corrections.yaml documents' },
    ]);
    expect(String(error)).not.toMatch(/document|window/);
    expect(error.message).toContain('documents');
  });
});
