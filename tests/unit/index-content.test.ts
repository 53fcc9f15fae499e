/**
 * The index of people and places and the quote index: the archive's data passes its schemas and cross-checks
 * and holds for every entry and quote there is; broken data stops the build with readable messages (shown on
 * the fixture archive, tests/fixtures/archive/); every quote stands verbatim in its paragraph in every script;
 * mentions are computed from the text (small texts written here); unverified names are flagged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchiveContent } from '../../src/lib/content/archive-content.ts';
import { crossCheckIndex, validatePeople, validateQuotes } from '../../src/lib/content/index-content.ts';
import { formatProblems } from '../../src/lib/content/errors.ts';
import type { IndexEntry, Quote } from '../../src/lib/model/schema.ts';
import { forLocale } from '../../src/lib/i18n/convert.ts';
import { getLocale, LOCALES } from '../../src/lib/i18n/locales.ts';
import { computeMentions, firstMentionEntries, segmentMentions } from '../../src/lib/index/mentions.ts';
import { buildIndexView, entryName, nameForms } from '../../src/lib/index/view.ts';
import { parseBody, textBlocks } from '../../src/lib/text/blocks.ts';
import { localizeReport } from '../../src/lib/text/localize.ts';
import { CONTENT_DIR, ROOT, archive } from './helpers.ts';

const peopleRaw = readFileSync(`${CONTENT_DIR}/people.yaml`, 'utf8');
const quotesRaw = readFileSync(`${CONTENT_DIR}/quotes.yaml`, 'utf8');
const { reports, people, quotes } = archive;
const chineseLocales = LOCALES.filter((l) => l.hasReportText);
/** The fixture archive: two reports, two people, one quote (beta s1-p1, by tokayev). */
const fixture = loadArchiveContent(join(ROOT, 'tests/fixtures/archive'), ROOT);
const fixtureQuote = fixture.quotes[0]!;

function paragraph(report: string, id: string): string {
  const found = textBlocks(reports.find((r) => r.data.slug === report)!.parsed).find((b) => b.id === id);
  if (!found) throw new Error(`no paragraph ${report}#${id}`);
  return found.text;
}

/** Paragraphs of small report bodies written in the test, as computeMentions takes them. */
const bodies = (texts: Record<string, string>) =>
  Object.entries(texts).map(([slug, text]) => ({ slug, paragraphs: textBlocks(parseBody(text)) }));
const entry = (id: string, mentions: string[], patch: Partial<IndexEntry> = {}): IndexEntry => ({
  ...fixture.people[0]!,
  id,
  mentions,
  ...patch,
});

describe('the archive’s index and quotes', () => {
  it('pass their schemas, every entry of each file read', () => {
    const read = (raw: string) => raw.match(/^- /gm)?.length ?? 0;
    expect(validatePeople('content/people.yaml', peopleRaw).problems).toEqual([]);
    expect(validateQuotes('content/quotes.yaml', quotesRaw).problems).toEqual([]);
    expect(people).toHaveLength(read(peopleRaw));
    expect(quotes).toHaveLength(read(quotesRaw));
  });

  it('pass the cross-checks', () => {
    expect(crossCheckIndex(reports, people, quotes, 'content/people.yaml', 'content/quotes.yaml')).toEqual([]);
  });

  it('have an entry for every speaker and ids that are unique', () => {
    const ids = people.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of quotes) expect(ids, q.id).toContain(q.speaker);
    expect(new Set(quotes.map((q) => q.id)).size).toBe(quotes.length);
  });

  it('quote words stand between quotation marks in their paragraph (they are direct quotations)', () => {
    for (const q of quotes) {
      const text = paragraph(q.report, q.paragraph);
      expect(text.includes(`“${q.words}”`) || text.includes(`‘${q.words}’`), `${q.id}: “${q.words}”`).toBe(true);
    }
  });

  it('every quote stands verbatim in its localized paragraph in every script', () => {
    let checked = 0;
    for (const locale of chineseLocales) {
      const localized = reports.map((r) => localizeReport(r.data.slug, r.data, r.parsed, locale));
      for (const q of quotes) {
        const report = localized.find((r) => r.slug === q.report)!;
        const block = textBlocks(report.body).find((b) => b.id === q.paragraph)!;
        const words = forLocale(q.words, locale);
        expect(block.text, `${q.id} in ${locale.code}`).toContain(words);
        checked++;
      }
    }
    expect(checked).toBe(quotes.length * chineseLocales.length);
  });

  it('contextual attributions carry a note and unnamed speakers are honest entries (no name of their own)', () => {
    for (const q of quotes.filter((x) => x.attribution === 'context')) expect(q.note_en, q.id).toBeTruthy();
    for (const p of people.filter((x) => x.kind === 'unnamed')) {
      expect(p.names.native, p.id).toBeUndefined();
      expect(p.verified.en, `${p.id}: an unnamed speaker's description is ours, not a guessed name`).toBe(true);
    }
  });
});

describe('several quotes in one paragraph', () => {
  it('are each recorded, checked and shown', () => {
    const second: Quote = { ...fixtureQuote, id: 'bai-ye-xing', words: '百业兴' };
    expect(crossCheckIndex(fixture.reports, fixture.people, [fixtureQuote, second], 'p', 'q')).toEqual([]);
    const en = getLocale('en');
    const view = buildIndexView(
      en,
      fixture.reports.map((r) => localizeReport(r.data.slug, r.data, r.parsed, en)),
      fixture.people,
      [fixtureQuote, second],
    );
    expect(view.quotes.map((q) => q.quote.id).sort()).toEqual(['bai-ye-xing', fixtureQuote.id].sort());
    expect(view.entries.find((e) => e.entry.id === fixtureQuote.speaker)!.quotes).toHaveLength(2);
  });
});

describe('broken index data is reported readably', () => {
  const quote = (patch: Partial<Quote>): Quote => ({ ...fixtureQuote, ...patch });
  const check = (people: IndexEntry[], quotes: Quote[]) =>
    crossCheckIndex(fixture.reports, people, quotes, 'content/people.yaml', 'content/quotes.yaml');

  it('unknown speaker', () => {
    const problems = check(fixture.people, [quote({ speaker: 'nobody' })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/quotes.yaml', field: `quote ${fixtureQuote.id}: speaker` });
    expect(problems[0]!.problem).toContain('"nobody"');
    expect(formatProblems(problems)).toContain('how to fix: add an entry with id "nobody"');
  });

  it('words that are not verbatim in the named paragraph', () => {
    const problems = check(fixture.people, [quote({ words: '道路不通' })]);
    expect(problems[0]).toMatchObject({ file: 'content/quotes.yaml', field: `quote ${fixtureQuote.id}: words` });
    expect(problems[0]!.problem).toContain(`does not stand verbatim in paragraph ${fixtureQuote.paragraph} of ${fixtureQuote.report}`);
  });

  it('a paragraph id that does not exist', () => {
    const problems = check(fixture.people, [quote({ paragraph: 's9-p1' })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.problem).toContain(`"s9-p1", which is not a paragraph of ${fixtureQuote.report}`);
  });

  it('a mention form the text does not contain', () => {
    const person = { ...fixture.people[0]!, mentions: [...fixture.people[0]!.mentions, '不存在的称呼'] };
    const problems = check([person], []);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/people.yaml', field: `entry ${person.id}: mentions` });
    expect(problems[0]!.problem).toContain('"不存在的称呼", which occurs in no paragraph');
  });

  const tokayev = [
    '- id: tokayev',
    '  kind: person',
    '  names: { zh-Hans: 托卡耶夫, en: Kassym-Jomart Tokayev, native: Қасым-Жомарт Тоқаев, native_lang: kk }',
    '  verified: { en: true, native: true }',
    '  role: 哈萨克斯坦总统',
    '  mentions: [托卡耶夫]',
  ].join('\n');

  it('schema: native name without its verified flag, and quote marks in the words', () => {
    expect(validatePeople('content/people.yaml', tokayev).problems).toEqual([]);
    const people = validatePeople('content/people.yaml', tokayev.replace('native: true', 'zh: true'));
    expect(people.problems[0]).toMatchObject({ file: 'content/people.yaml', kind: 'schema' });
    expect(people.problems.map((p) => p.field)).toContain('entry 1 "tokayev": verified.native');
    const words = '- { id: daolu, speaker: tokayev, report: beta, paragraph: s1-p1, attribution: stated, words: 道路通 }';
    expect(validateQuotes('content/quotes.yaml', words).problems).toEqual([]);
    const quotes = validateQuotes('content/quotes.yaml', words.replace('words: 道路通', 'words: “道路通”'));
    expect(quotes.problems[0]!.field).toBe('entry 1 "daolu": words');
    expect(quotes.problems[0]!.problem).toContain('enclosing quotation marks');
  });

  it('schema: a context attribution without a note, an unknown kind', () => {
    const quotes = validateQuotes('q', '- { id: x, speaker: y, report: z, paragraph: p1, attribution: context, words: 字 }');
    expect(quotes.problems[0]).toMatchObject({ field: 'entry 1 "x": note_en' });
    const people = validatePeople('p', tokayev.replace('kind: person', 'kind: human'));
    expect(people.problems[0]!.field).toBe('entry 1 "tokayev": kind');
    expect(people.problems[0]!.fix).toContain('person, organisation, place, document, unnamed');
  });
});

describe('mentions are computed from the text', () => {
  const paragraphs = reports.map((r) => ({ slug: r.data.slug, paragraphs: textBlocks(r.parsed) }));
  const mentions = computeMentions(people, paragraphs);

  it('finds every paragraph that names an entry, in reading order across reports', () => {
    const texts = bodies({
      one: '托卡耶夫说话。\n\n没有人名。\n\n## 节\n\n托卡耶夫总统和习近平主席。',
      two: '习近平主席。\n\n托卡耶夫。',
    });
    const found = computeMentions([entry('tokayev', ['托卡耶夫']), entry('xi', ['习近平', '习主席'])], texts);
    const where = (id: string) => found.get(id)!.map((m) => `${m.report}#${m.paragraph}:${m.number}`);
    expect(where('tokayev')).toEqual(['one#p1:1', 'one#s1-p1:3', 'two#p2:2']);
    expect(where('xi')).toEqual(['one#s1-p1:3', 'two#p1:1']);
  });

  it('finds every entry of the archive at least once', () => {
    for (const p of people) expect(mentions.get(p.id)?.length, p.id).toBeGreaterThan(0);
  });

  it('agrees with a direct scan of every paragraph', () => {
    for (const entry of people) {
      const expected = paragraphs.flatMap((r) =>
        r.paragraphs.filter((p) => entry.mentions.some((m) => p.text.split(m).length > 1)).map((p) => `${r.slug}#${p.id}`),
      );
      expect(
        mentions.get(entry.id)!.map((m) => `${m.report}#${m.paragraph}`),
        entry.id,
      ).toEqual(expected);
    }
  });

  it('finds the same paragraphs in every script', () => {
    for (const locale of chineseLocales.filter((l) => l.conversion)) {
      const converted = reports.map((r) => ({
        slug: r.data.slug,
        paragraphs: textBlocks(localizeReport(r.data.slug, r.data, r.parsed, locale).body),
      }));
      const there = computeMentions(people, converted, (t) => forLocale(t, locale));
      for (const entry of people) expect(there.get(entry.id), `${entry.id} in ${locale.code}`).toEqual(mentions.get(entry.id));
    }
  });

  it('segments a paragraph without changing a character, the longer form first', () => {
    const text = '扎克普·海鲁舍夫说，从乌鲁木齐到里海，海鲁舍夫走了很远。';
    const segments = segmentMentions(text, [
      { form: '海鲁舍夫', entry: 'khairushev' },
      { form: '扎克普·海鲁舍夫', entry: 'khairushev' },
      { form: '里海', entry: 'caspian-sea' },
      { form: '乌鲁木齐', entry: 'urumqi' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.entry).map((s) => s.text)).toEqual(['扎克普·海鲁舍夫', '乌鲁木齐', '里海', '海鲁舍夫']);
  });

  it('segments every paragraph of the archive without changing a character', () => {
    const forms = people.flatMap((p) => p.mentions.map((form) => ({ form, entry: p.id })));
    for (const r of paragraphs)
      for (const p of r.paragraphs)
        expect(
          segmentMentions(p.text, forms)
            .map((s) => s.text)
            .join(''),
          `${r.slug}#${p.id}`,
        ).toBe(p.text);
  });
});

describe('linking mentions in the text', () => {
  it('links each entry once per report, at its first mention', () => {
    const blocks = textBlocks(parseBody('托卡耶夫和习近平。\n\n习近平。\n\n## 节\n\n托卡耶夫。'));
    const linked = firstMentionEntries(blocks, [
      { form: '托卡耶夫', entry: 'tokayev' },
      { form: '习近平', entry: 'xi-jinping' },
    ]);
    expect([...linked.get('p1')!].sort()).toEqual(['tokayev', 'xi-jinping']);
    expect([...linked.values()].flatMap((s) => [...s])).toHaveLength(2);
    expect(linked.size).toBe(blocks.length);
  });
});

describe('names and unverified flags', () => {
  const en = getLocale('en');

  it('every native name has a verified flag, and only native names do', () => {
    for (const p of people) expect(p.verified.native === undefined, p.id).toBe(p.names.native === undefined);
  });

  it('Traditional names are converted like the text, so a name reads as it does in its paragraphs', () => {
    const [tw, hk] = [getLocale('zh-tw'), getLocale('zh-hk')];
    for (const p of people) {
      expect(entryName(p, tw), p.id).toMatchObject({ name: forLocale(p.names['zh-Hans'], tw), lang: 'zh-Hant-TW' });
      expect(entryName(p, hk), p.id).toMatchObject({ name: forLocale(p.names['zh-Hans'], hk), lang: 'zh-Hant-HK' });
      const forms = nameForms(p);
      expect(forms.slice(0, 4).map((f) => [f.key, f.lang])).toEqual([
        ['zhHans', 'zh-Hans'],
        ['zhHantTW', 'zh-Hant-TW'],
        ['zhHantHK', 'zh-Hant-HK'],
        ['en', 'en'],
      ]);
      expect(forms.find((f) => f.key === 'zhHantTW')!.value, p.id).toBe(forLocale(p.names['zh-Hans'], tw));
      expect(forms.find((f) => f.key === 'zhHantHK')!.value, p.id).toBe(forLocale(p.names['zh-Hans'], hk));
    }
  });

  it('native names carry their language tag, so pages can mark them', () => {
    for (const p of people) {
      expect(p.names.native_lang === undefined, p.id).toBe(p.names.native === undefined);
      const native = nameForms(p).find((f) => f.key === 'native');
      if (p.names.native)
        expect(native, p.id).toEqual({ key: 'native', value: p.names.native, lang: p.names.native_lang, unverified: !p.verified.native });
      else expect(native, p.id).toBeUndefined();
    }
  });

  it('English pages show English names with their verified state; a guessed transliteration is flagged', () => {
    for (const p of people) expect(entryName(p, en), p.id).toEqual({ name: p.names.en, lang: 'en', unverified: !p.verified.en });
    const guessed: IndexEntry = { ...fixture.people[1]!, verified: { en: false } };
    expect(entryName(guessed, en)).toMatchObject({ unverified: true });
    expect(entryName(guessed, getLocale('zh-hk')).name).toBe(forLocale(guessed.names['zh-Hans'], getLocale('zh-hk')));
  });

  it('the English view links quotes to the original text, with the speaker’s English name', () => {
    const view = buildIndexView(
      en,
      reports.map((r) => localizeReport(r.data.slug, r.data, r.parsed, en)),
      people,
      quotes,
    );
    expect(view.quotes).toHaveLength(quotes.length);
    for (const { quote, href, wordsLang, speakerName } of view.quotes) {
      expect(href, quote.id).toBe(`/zh-hans/reports/${quote.report}/#${quote.paragraph}`);
      expect(wordsLang).toBe('zh-Hans');
      expect(speakerName, quote.id).toBe(people.find((p) => p.id === quote.speaker)!.names.en);
    }
  });
});
