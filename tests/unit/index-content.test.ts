/**
 * The index of people and places and the quote index: the real data passes its
 * schemas and cross-checks; broken data stops the build with readable messages;
 * every quote stands verbatim in its paragraph in every script; mentions are
 * computed from the text; unverified names are flagged.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crossCheckIndex, validatePeople, validateQuotes } from '../../src/lib/content/index-content.ts';
import { formatProblems } from '../../src/lib/content/errors.ts';
import type { Quote } from '../../src/lib/model/schema.ts';
import { forLocale } from '../../src/lib/i18n/convert.ts';
import { getLocale, LOCALES } from '../../src/lib/i18n/locales.ts';
import { computeMentions, firstMentionEntries, segmentMentions } from '../../src/lib/index/mentions.ts';
import { buildIndexView, entryName, nameForms } from '../../src/lib/index/view.ts';
import { textBlocks } from '../../src/lib/text/blocks.ts';
import { localizeReport } from '../../src/lib/text/localize.ts';
import { CONTENT_DIR, archive } from './helpers.ts';

const peopleRaw = readFileSync(`${CONTENT_DIR}/people.yaml`, 'utf8');
const quotesRaw = readFileSync(`${CONTENT_DIR}/quotes.yaml`, 'utf8');
const { reports, people, quotes } = archive;
const chineseLocales = LOCALES.filter((l) => l.hasReportText);

function paragraph(report: string, id: string): string {
  const found = textBlocks(reports.find((r) => r.data.slug === report)!.parsed).find((b) => b.id === id);
  if (!found) throw new Error(`no paragraph ${report}#${id}`);
  return found.text;
}

describe('the real index and quotes', () => {
  it('pass their schemas', () => {
    expect(validatePeople('content/people.yaml', peopleRaw).problems).toEqual([]);
    expect(validateQuotes('content/quotes.yaml', quotesRaw).problems).toEqual([]);
    expect(people.length).toBeGreaterThanOrEqual(90);
    expect(quotes.length).toBeGreaterThanOrEqual(60);
  });

  it('pass the cross-checks', () => {
    expect(crossCheckIndex(reports, people, quotes, 'content/people.yaml', 'content/quotes.yaml')).toEqual([]);
  });

  it('have an entry for every name the brief lists', () => {
    const names = new Set(people.map((p) => p.names['zh-Hans']));
    for (const name of [
      '习近平',
      '托卡耶夫',
      '米尔济约耶夫',
      '扎帕罗夫',
      '拉赫蒙',
      '别尔德穆哈梅多夫',
      '孙炜东',
      '肯扎耶夫',
      '《人民言论报》',
      '巴赫蒂亚尔·哈姆达莫夫',
      '阿利克别克·叶克申库洛夫',
      '拉伊姆别克·巴塔洛夫',
      '“阿塔梅肯”国家企业家协会',
      '阿曼萨雷耶夫',
      '东方通讯社',
      '扎克普·海鲁舍夫',
      '库巴内奇别克·塔阿巴尔季耶夫',
      '马拉巴耶夫',
      '王国超',
      '寇建海',
      '阿塞特·阿尔穆哈诺夫',
      '马哈茂德·哈桑·汗',
      '埃尔布鲁斯·马梅多夫',
      '朱莉娅·罗克尼法德',
      '穆塔基',
      '爱德华多·雷加拉多',
      '阿斯塔纳',
      '西安',
      '比什凯克',
      '杜尚别',
      '阿什哈巴德',
      '塔什干',
      '伊希姆河',
      '楚河盆地',
      '阿姆河',
      '卡拉库姆沙漠',
      '奇尔奇克河谷',
      '里海',
      '巴库',
      '连云港',
      '乌鲁木齐',
      '霍尔果斯',
      '上海',
      '阿拉木图',
      '跨里海国际运输走廊',
    ]) {
      expect(names, name).toContain(name);
    }
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
    expect(checked).toBe(quotes.length * 3);
  });

  it('several quotes in one paragraph are each recorded', () => {
    const count = (report: string, id: string) => quotes.filter((q) => q.report === report && q.paragraph === id).length;
    expect(count('harmony-and-unity', 's1-p16')).toBe(5);
    expect(count('harmony-and-unity', 's3-p1')).toBe(4);
    expect(count('international-voices', 's2-p2')).toBe(3);
  });

  it('contextual attributions carry a note and unnamed speakers are honest entries', () => {
    for (const q of quotes.filter((x) => x.attribution === 'context')) expect(q.note_en, q.id).toBeTruthy();
    const scholar = quotes.find((q) => q.words === '开源式的现代化')!;
    expect(people.find((p) => p.id === scholar.speaker)!.kind).toBe('unnamed');
  });
});

describe('broken index data is reported readably', () => {
  const quote = (patch: Partial<Quote>): Quote => ({ ...quotes[0]!, ...patch });

  it('unknown speaker', () => {
    const problems = crossCheckIndex(reports, people, [quote({ speaker: 'nobody' })], 'content/people.yaml', 'content/quotes.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/quotes.yaml', field: `quote ${quotes[0]!.id}: speaker` });
    expect(problems[0]!.problem).toContain('"nobody"');
    expect(formatProblems(problems)).toContain('how to fix: add an entry with id "nobody"');
  });

  it('words that are not verbatim in the named paragraph', () => {
    const problems = crossCheckIndex(reports, people, [quote({ words: '非常欢迎您来到哈萨克斯坦！' })], 'p', 'q');
    expect(problems[0]).toMatchObject({ field: `quote ${quotes[0]!.id}: words` });
    expect(problems[0]!.problem).toContain('does not stand verbatim in paragraph p2 of harmony-and-unity');
  });

  it('a paragraph id that does not exist', () => {
    const problems = crossCheckIndex(reports, people, [quote({ paragraph: 's9-p1' })], 'p', 'q');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.problem).toContain('"s9-p1", which is not a paragraph of harmony-and-unity');
  });

  it('a mention form the text does not contain', () => {
    const entry = { ...people[0]!, mentions: ['习近平', '习主席'] };
    const problems = crossCheckIndex(reports, [entry], [], 'content/people.yaml', 'q');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'entry xi-jinping: mentions' });
    expect(problems[0]!.problem).toContain('"习主席", which occurs in no paragraph');
  });

  it('schema: native name without its verified flag, and quote marks in the words', () => {
    const people = validatePeople('content/people.yaml', peopleRaw.replace('    native: true\n', ''));
    expect(people.problems[0]).toMatchObject({ file: 'content/people.yaml', kind: 'schema' });
    expect(people.problems[0]!.field).toMatch(/^entry \d+ "tokayev": verified\.native$/);
    const quotes = validateQuotes(
      'content/quotes.yaml',
      quotesRaw.replace('words: 非常欢迎您再次来到哈萨克斯坦！', 'words: “非常欢迎您再次来到哈萨克斯坦！”'),
    );
    expect(quotes.problems[0]!.field).toMatch(/^entry \d+ "[a-z0-9-]+": words$/);
    expect(quotes.problems[0]!.problem).toContain('enclosing quotation marks');
  });

  it('schema: a context attribution without a note, an unknown kind', () => {
    const quotes = validateQuotes('q', '- { id: x, speaker: y, report: z, paragraph: p1, attribution: context, words: 字 }');
    expect(quotes.problems[0]).toMatchObject({ field: 'entry 1 "x": note_en' });
    const people = validatePeople('p', peopleRaw.replace('kind: person', 'kind: human'));
    expect(people.problems[0]!.field).toMatch(/^entry 1 "[a-z0-9-]+": kind$/);
    expect(people.problems[0]!.fix).toContain('person, organisation, place, document, unnamed');
  });
});

describe('mentions are computed from the text', () => {
  const paragraphs = reports.map((r) => ({ slug: r.data.slug, paragraphs: textBlocks(r.parsed) }));
  const mentions = computeMentions(people, paragraphs);

  it('finds every paragraph that names an entry, in reading order', () => {
    expect(mentions.get('khairushev')).toEqual([
      { report: 'international-voices', paragraph: 's2-p2', number: expect.any(Number) as number },
    ]);
    expect(mentions.get('caspian-sea')!.map((m) => m.paragraph)).toEqual(['s2-p2', 's2-p4']);
    const tokayev = mentions.get('tokayev')!.map((m) => m.paragraph);
    expect(tokayev.slice(0, 3)).toEqual(['p2', 's1-p5', 's1-p12']);
    for (const [id, refs] of mentions) expect(refs.length, id).toBeGreaterThan(0);
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

  it('segments a paragraph without changing a character', () => {
    const text = paragraph('international-voices', 's2-p2');
    const segments = segmentMentions(text, [
      { form: '海鲁舍夫', entry: 'khairushev' },
      { form: '扎克普·海鲁舍夫', entry: 'khairushev' },
      { form: '里海', entry: 'caspian-sea' },
      { form: '乌鲁木齐', entry: 'urumqi' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.entry).map((s) => s.text)).toEqual(['扎克普·海鲁舍夫', '海鲁舍夫', '乌鲁木齐', '里海']);
  });
});

describe('linking mentions in the text', () => {
  it('links each entry once per report, at its first mention', () => {
    const blocks = textBlocks(reports.find((r) => r.data.slug === 'harmony-and-unity')!.parsed);
    const linked = firstMentionEntries(blocks, [
      { form: '托卡耶夫', entry: 'tokayev' },
      { form: '习近平', entry: 'xi-jinping' },
    ]);
    expect([...linked.get('p2')!].sort()).toEqual(['tokayev', 'xi-jinping']);
    expect([...linked.values()].flatMap((s) => [...s])).toHaveLength(2);
    expect(linked.size).toBe(blocks.length);
  });
});

describe('names and unverified flags', () => {
  it('every guessed transliteration is flagged unverified', () => {
    for (const id of [
      'kenzhayev',
      'khamdamov',
      'amansaryyev',
      'khairushev',
      'taabaldiev',
      'malabayev',
      'armukhanov',
      'mahmood-hassan-khan',
      'mamedov',
    ]) {
      expect(people.find((p) => p.id === id)!.verified.en, id).toBe(false);
    }
  });

  it('every native name has a verified flag, and only native names do', () => {
    for (const p of people) expect(p.verified.native === undefined, p.id).toBe(p.names.native === undefined);
  });

  it('Traditional names are converted like the text, so a name reads as it does in its paragraphs', () => {
    const [tw, hk] = [getLocale('zh-tw'), getLocale('zh-hk')];
    const caspian = people.find((p) => p.names['zh-Hans'] === '里海')!;
    expect(entryName(caspian, tw)).toEqual({ name: forLocale('里海', tw), lang: 'zh-Hant-TW', unverified: false });
    expect(nameForms(caspian).map((f) => [f.key, f.lang])).toEqual([
      ['zhHans', 'zh-Hans'],
      ['zhHantTW', 'zh-Hant-TW'],
      ['zhHantHK', 'zh-Hant-HK'],
      ['en', 'en'],
    ]);
    for (const p of people) {
      const forms = nameForms(p);
      expect(forms.find((f) => f.key === 'zhHantTW')!.value, p.id).toBe(forLocale(p.names['zh-Hans'], tw));
      expect(forms.find((f) => f.key === 'zhHantHK')!.value, p.id).toBe(forLocale(p.names['zh-Hans'], hk));
    }
  });

  it('native names carry their language tag, so pages can mark them', () => {
    const tokayev = nameForms(people.find((p) => p.id === 'tokayev')!);
    expect(tokayev.at(-1)).toEqual({ key: 'native', value: 'Қасым-Жомарт Тоқаев', lang: 'kk', unverified: false });
    for (const p of people) expect(p.names.native_lang === undefined, p.id).toBe(p.names.native === undefined);
  });

  it('English pages show English names with their verified state', () => {
    const en = getLocale('en');
    expect(
      entryName(
        people.find((p) => p.id === 'kenzhayev')!,
        en,
      ),
    ).toEqual({ name: 'Kenzhayev', lang: 'en', unverified: true });
    expect(
      entryName(
        people.find((p) => p.id === 'tokayev')!,
        en,
      ),
    ).toMatchObject({ name: 'Kassym-Jomart Tokayev', unverified: false });
    expect(
      entryName(
        people.find((p) => p.id === 'tokayev')!,
        getLocale('zh-hk'),
      ).name,
    ).toBe('托卡耶夫');
  });

  it('the English view links quotes to the original text', () => {
    const en = getLocale('en');
    const view = buildIndexView(
      en,
      reports.map((r) => localizeReport(r.data.slug, r.data, r.parsed, en)),
      people,
      quotes,
    );
    expect(view.quotes).toHaveLength(quotes.length);
    expect(view.quotes[0]).toMatchObject({
      href: '/zh-hans/reports/harmony-and-unity/#p2',
      wordsLang: 'zh-Hans',
      speakerName: 'Kassym-Jomart Tokayev',
    });
  });
});
