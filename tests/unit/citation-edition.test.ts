/** Editions (the version of record citations name) and the machine-readable text of a report. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArchiveContentError } from '../../src/lib/content/errors.ts';
import { plainText, textExport } from '../../src/lib/cite/text-export.ts';
import { getLocale } from '../../src/lib/i18n/locales.ts';
import { editionHash, parseChangelog, readEdition } from '../../src/lib/publish/edition.ts';
import { localizeReport } from '../../src/lib/text/localize.ts';
import { textBlocks } from '../../src/lib/text/blocks.ts';
import { CONTENT_DIR, report } from './helpers.ts';

const file = (path: string, text: string) => ({ path, data: Buffer.from(text) });

describe('edition hash', () => {
  const content = [file('reports/a.md', '正文'), file('quotes.yaml', '[]')];
  it('is 12 hex characters, changes with any published file, and not with the changelog or file order', () => {
    const id = editionHash(content);
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(editionHash([...content].reverse())).toBe(id);
    expect(editionHash([...content, file('editions.yaml', '- edition: x')])).toBe(id);
    expect(editionHash([file('reports/a.md', '正文。'), content[1]!])).not.toBe(id);
    expect(editionHash([...content, file('translations/en/a.md', 'text')])).not.toBe(id);
  });

  it('the changelog is checked, naming the file, the entry and the fix', () => {
    expect(parseChangelog("- edition: 0123456789ab\n  date: '2026-11-27'\n  changes: [First edition.]")).toEqual([
      { edition: '0123456789ab', date: '2026-11-27', changes: ['First edition.'] },
    ]);
    const problemOf = (text: string) => {
      try {
        parseChangelog(text);
      } catch (error) {
        if (error instanceof ArchiveContentError) return error.problems[0];
        throw error;
      }
      return undefined;
    };
    expect(problemOf("- edition: abc\n  date: '2026-11-27'\n  changes: []")).toMatchObject({
      file: 'content/editions.yaml',
      field: 'entry 1: edition',
      kind: 'schema',
      fix: expect.stringContaining('npm run edition'),
    });
    expect(problemOf('- edition: 0123456789ab\n  date: 2026/11/27\n  changes: []')).toMatchObject({
      field: 'entry 1: date',
      kind: 'schema',
    });
    expect(problemOf('- edition: [')).toMatchObject({ field: '(the whole file)', kind: 'syntax' });
  });

  it('a changelog that is not UTF-8 is named with its line, like every content file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'edition-'));
    try {
      writeFileSync(
        join(dir, 'editions.yaml'),
        Buffer.concat([Buffer.from('- edition: 0123456789ab\n  changes: ['), Buffer.from([0xd5, 0xe2]), Buffer.from(']\n')]),
      );
      expect(() => readEdition(dir)).toThrow(ArchiveContentError);
      try {
        readEdition(dir);
      } catch (error) {
        expect((error as ArchiveContentError).problems[0]).toMatchObject({
          file: 'content/editions.yaml',
          field: 'line 2',
          kind: 'encoding',
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the content folder’s edition is found in its changelog when recorded there', () => {
    const edition = readEdition(CONTENT_DIR);
    expect(edition.id).toMatch(/^[0-9a-f]{12}$/);
    if (edition.date) expect(edition.changes.length).toBeGreaterThan(0);
  });
});

describe('machine-readable text', () => {
  const EDITION = { id: '0123456789ab', date: '2026-11-27', changes: [] };
  const versions = (slug: string) =>
    ['zh-hans', 'zh-tw', 'zh-hk'].map((code) => {
      const locale = getLocale(code);
      const r = report(slug);
      return { locale, report: localizeReport(slug, r.data, r.parsed, locale) };
    });

  it('JSON: every text paragraph by id and number, its section, its text in each script; source lines and edition', () => {
    const slug = 'harmony-and-unity';
    const r = report(slug);
    const data = textExport(versions(slug), EDITION, { title: r.data.en.headline });
    const blocks = textBlocks(r.parsed);
    expect(data.paragraphs.map((p) => [p.id, p.number])).toEqual(blocks.map((b) => [b.id, b.number]));
    expect(data.paragraphs[0]).toMatchObject({ section: null, text: { 'zh-Hans': blocks[0]!.text } });
    expect(data.paragraphs.find((p) => p.id === 's1-p1')?.section).toBe('s1');
    expect(Object.keys(data.paragraphs[0]!.text)).toEqual(['zh-Hans', 'zh-Hant-TW', 'zh-Hant-HK']);
    expect(data.source).toEqual(r.data.source);
    expect(data.edition).toEqual({ id: '0123456789ab', date: '2026-11-27' });
    expect(data.title.en).toBe(r.data.en.headline);
    expect(data.sections.map((s) => s.id)).toEqual(r.parsed.sections.map((s) => s.id));
  });

  it('JSON carries an English translation of a paragraph where the archive has one', () => {
    const slug = 'international-voices';
    const data = textExport(versions(slug), EDITION, { title: 'T', paragraphs: new Map([['p1', 'English of p1']]) });
    expect(data.paragraphs[0]!.text.en).toBe('English of p1');
    expect(data.paragraphs[1]!.text).not.toHaveProperty('en');
  });

  it('plain text: header, edition, then each paragraph prefixed with its id, section headings with theirs', () => {
    const [, tw] = versions('harmony-and-unity');
    const text = plainText(tw!.report, EDITION, '檔案版本');
    const lines = text.split('\n');
    expect(lines[0]).toBe(tw!.report.header.headline + tw!.report.header.subtitle);
    expect(text).toContain('檔案版本: 0123456789ab (2026-11-27)\n');
    expect(text).toContain(`\n[p1] ${textBlocks(tw!.report.body)[0]!.text}\n`);
    expect(text).toContain(`\n## ${tw!.report.body.sections[0]!.title} [s1]\n`);
  });
});
