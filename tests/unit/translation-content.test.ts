/**
 * Translations as content: the body format, alignment with the Chinese
 * report's ids (a missing, extra, repeated, misplaced or mis-kinded id stops
 * the build naming the file and the id), frontmatter against the report, and
 * the English report built from them. Uses a small fixture report and
 * translation (tests/fixtures/translation/), and the real content.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReportEntry } from '../../src/lib/content/archive-content.ts';
import { checkQuoteTranslations, validateTranslationFile } from '../../src/lib/content/translation-content.ts';
import { parseBody, textBlocks } from '../../src/lib/text/blocks.ts';
import { reportHeader } from '../../src/lib/text/header.ts';
import { alignTranslation, expectedBlocks } from '../../src/lib/translation/align.ts';
import { parseTranslationBody } from '../../src/lib/translation/body.ts';
import { englishBylines, translateReport } from '../../src/lib/translation/english-report.ts';
import { archive, report as realReport, ROOT } from './helpers.ts';

const FIXTURES = `${ROOT}tests/fixtures/translation`;
const FILE = 'tests/fixtures/translation/en/fixture-report.md';
const fixtureText = readFileSync(`${FIXTURES}/en/fixture-report.md`, 'utf8');
const base = realReport('international-voices');
const fixtureReport: ReportEntry = {
  file: 'fixture/report.md',
  data: { ...base.data, slug: 'fixture-report', authors: [{ name: '张伟', outlet: 'xinhua' }] },
  body: readFileSync(`${FIXTURES}/body.zh.md`, 'utf8'),
  parsed: parseBody(readFileSync(`${FIXTURES}/body.zh.md`, 'utf8')),
};
const validate = (text: string, name = 'fixture-report.md') => validateTranslationFile(FILE, name, 'en', text, [fixtureReport]);
/** The fixture with one body line replaced. */
const edited = (from: string, to: string) => {
  if (!fixtureText.includes(from)) throw new Error(`fixture has no "${from}"`);
  return fixtureText.replace(from, to);
};

describe('translation body', () => {
  it('reads paragraphs, headings, wrapped lines and break lines', () => {
    const { blocks, issues } = parseTranslationBody(fixtureText.split('---\n')[2]!);
    expect(issues).toEqual([]);
    expect(blocks.map((b) => `${b.kind} ${b.id}`)).toEqual([
      'paragraph p1',
      'paragraph p2',
      'heading s1',
      'paragraph s1-p1',
      'paragraph s1-p2',
    ]);
    expect(blocks[0]!.text).toBe(
      'From June 16 to 18, President Xi Jinping travelled to Astana, Kazakhstan, to attend the second China–Central Asia Summit.',
    );
  });

  it('names the line of a block without an id', () => {
    const { issues } = parseTranslationBody('[p1] One.\n\nTwo without id.\n\n## Heading without id\n');
    expect(issues).toEqual([
      { kind: 'unlabelled', line: 3, excerpt: 'Two without id.' },
      { kind: 'bad-heading', line: 5, excerpt: '## Heading without id' },
    ]);
  });
});

describe('alignment with the Chinese report', () => {
  it('accepts the fixture translation', () => {
    expect(validate(fixtureText).problems).toEqual([]);
  });

  it('expects every paragraph and section id in reading order, breaks excluded', () => {
    expect(expectedBlocks(fixtureReport.parsed).map((b) => b.id)).toEqual(['p1', 'p2', 's1', 's1-p1', 's1-p2']);
  });

  it.each([
    [
      'a missing paragraph',
      edited('[p2] President Tokayev said —\n\n', ''),
      'id p2',
      'is missing: report fixture-report has it',
      'alignment',
    ],
    ['an extra id', edited('[s1-p2]', '[s1-p2] x\n\n[s1-p3]'), 'id s1-p3 (body line', 'is not an id of report fixture-report', 'alignment'],
    ['a repeated id', edited('[s1-p2]', '[s1-p1] again.\n\n[s1-p2]'), 'id s1-p1 (body line', 'appears more than once', 'duplicate'],
    [
      'a paragraph written as a heading',
      edited('[p2]', '## [p2]'),
      'id p2 (body line',
      'is a paragraph in the report but a heading here',
      'alignment',
    ],
    [
      'a heading written as a paragraph',
      edited('## [s1]', '[s1]'),
      'id s1 (body line',
      'is a section heading in the report but a paragraph here',
      'alignment',
    ],
  ])('stops on %s, naming the file and the id', (_what, text, field, problem, kind) => {
    const { entry, problems } = validate(text);
    expect(entry).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(FILE);
    expect(problems[0]!.field).toContain(field);
    expect(problems[0]!.problem).toBe(problem);
    expect(problems[0]!.kind).toBe(kind);
    expect(problems[0]!.fix).toBeTruthy();
  });

  it('stops on reordered blocks, naming the first one out of place', () => {
    const [p1, p2] = [/\[p1\][^[]*?\n\n/.exec(fixtureText)![0], '[p2] President Tokayev said —\n\n'];
    const swapped = fixtureText.replace(p1 + p2, p2 + p1);
    expect(swapped).not.toBe(fixtureText);
    const { problems } = validate(swapped);
    expect(problems.map((p) => `${p.field.split(' (')[0]}: ${p.problem}`)).toEqual(['id p2: stands where report fixture-report has p1']);
  });

  it('checks the frontmatter against the report: file name, slug, subtitle and authors', () => {
    expect(validate(fixtureText, 'other.md').problems[0]).toMatchObject({
      field: 'slug',
      problem: 'is "fixture-report" but the file is named other.md',
    });
    expect(validate(edited('slug: fixture-report', 'slug: no-such-report')).problems[0]).toMatchObject({ field: 'slug' });
    expect(validate(edited('dateline:', 'subtitle: — A subtitle\ndateline:')).problems[0]).toMatchObject({
      field: 'subtitle',
      problem: 'is given but report fixture-report has no subtitle',
    });
    expect(validate(edited('name: 张伟', 'name: 王伟')).problems[0]).toMatchObject({ field: 'authors' });
    expect(validate(edited('headline: A fixture report\n', '')).problems[0]).toMatchObject({ field: 'headline', problem: 'is missing' });
  });

  it('aligns every translation in content/ with its report', () => {
    for (const t of archive.translations) {
      expect(alignTranslation(realReport(t.data.slug).parsed, t.blocks)).toEqual([]);
    }
  });
});

describe('the English report', () => {
  const entry = validate(fixtureText).entry!;
  const original = {
    slug: 'fixture-report',
    data: fixtureReport.data,
    header: reportHeader(fixtureReport.data),
    summary: fixtureReport.data.summary,
    authors: fixtureReport.data.authors,
    body: fixtureReport.parsed,
  };
  const english = translateReport(original, entry);

  it('keeps the Chinese ids, numbers, kinds and breaks with the English text', () => {
    const zh = textBlocks(original.body);
    const en = textBlocks(english.body);
    expect(en.map((b) => [b.id, b.number, b.kind])).toEqual(zh.map((b) => [b.id, b.number, b.kind]));
    expect(en.find((b) => b.id === 'p2')!.kind).toBe('lead-in');
    expect(english.body.sections[0]!.title).toBe('One great road');
    expect(english.body.sections[0]!.blocks.some((b) => b.kind === 'break')).toBe(true);
    expect(english.header.headline).toBe('A fixture report');
    expect(english.authors.map((a) => a.name)).toEqual(['Zhang Wei']);
  });

  it('romanises bylines per outlet in author order', () => {
    expect(englishBylines(fixtureReport.data, entry.data)).toEqual(['Xinhua reporters Zhang Wei']);
    expect(
      englishBylines(
        {
          authors: [
            { name: '甲', outlet: 'xinhua' },
            { name: '乙', outlet: 'peoples-daily' },
            { name: '丙', outlet: 'xinhua' },
          ],
        },
        {
          authors: [
            { name: '甲', en: 'Jia' },
            { name: '乙', en: 'Yi' },
            { name: '丙', en: 'Bing' },
          ],
        },
      ),
    ).toEqual(['Xinhua reporters Jia, Bing', "People's Daily reporters Yi"]);
  });
});

describe('quotations in English', () => {
  const entry = validate(fixtureText).entry!;
  const quote = {
    id: 'q',
    speaker: 'tokayev',
    report: 'fixture-report',
    paragraph: 's1-p1',
    attribution: 'stated' as const,
    words: '贸易额',
  };

  it('requires words_en once the report is translated, verbatim in the English paragraph', () => {
    expect(checkQuoteTranslations([{ ...quote, words_en: 'reached 1.5 billion' }], [entry], 'quotes.yaml')).toEqual([]);
    expect(checkQuoteTranslations([quote], [entry], 'quotes.yaml')[0]).toMatchObject({
      field: 'quote q: words_en',
      problem: expect.stringContaining('is missing'),
    });
    expect(checkQuoteTranslations([{ ...quote, words_en: 'two billion' }], [entry], 'quotes.yaml')[0]!.problem).toContain(
      'does not stand in paragraph [s1-p1]',
    );
    expect(checkQuoteTranslations([quote], [], 'quotes.yaml')).toEqual([]);
  });

  it('every quotation of a translated report in content/ has English words', () => {
    const translated = new Set(archive.translations.map((t) => t.data.slug));
    for (const q of archive.quotes.filter((q) => translated.has(q.report))) expect(q.words_en, q.id).toBeTruthy();
  });
});

// That a translation missing a paragraph stops the build (astro sync), naming the file and the id, is tested with
// the other faults that stop it, in tests/unit/build-errors.test.ts: they share its runs of Astro.
