/**
 * What each content field means and how to write it, shown in build errors so
 * that anyone adding a report can fix a mistake without reading code.
 */
export interface FieldHelp {
  what: string;
  example: string;
}

export const REPORT_FIELD_HELP: Record<string, FieldHelp> = {
  slug: { what: 'the ASCII name used in the URL: lower-case letters, digits and single hyphens', example: 'slug: voices-on-astana-summit' },
  order: { what: 'the position of the report in lists (1 = first)', example: 'order: 3' },
  headline: { what: 'the headline and whether it is the report’s own', example: 'headline: { text: “……”, kind: original }' },
  'headline.text': { what: 'the headline exactly as published, punctuation included', example: 'headline: { text: “和睦与团结就是幸福与财富”, kind: original }' },
  'headline.kind': {
    what: '"original" for a headline the source prints, "editorial" for one the archive wrote (it is then labelled as such)',
    example: 'headline: { text: ……, kind: editorial }',
  },
  subtitle: { what: 'the subtitle as published (leave the field out if there is none)', example: 'subtitle: ——……纪实' },
  outlets: { what: 'the outlets that published the report, from: xinhua, peoples-daily', example: 'outlets: [xinhua, peoples-daily]' },
  authors: { what: 'the reporters, each with the outlet they write for', example: 'authors:\n  - { name: 张伟, outlet: xinhua }' },
  'authors.name': { what: 'the reporter’s name as printed', example: '- { name: 张伟, outlet: xinhua }' },
  'authors.outlet': { what: 'the reporter’s outlet, one of: xinhua, peoples-daily; it must also be listed in outlets', example: '- { name: 张伟, outlet: xinhua }' },
  dateline: { what: 'the dateline as published', example: 'dateline: 新华社北京6月19日电' },
  published: {
    what: 'the publication date-time in ISO 8601 with the Beijing offset +08:00, in quotes (use 00:00 when the time is not known)',
    example: "published: '2025-06-19T00:00:00+08:00'",
  },
  language: { what: 'the language of the text; reports are transcribed in Simplified Chinese', example: 'language: zh-Hans' },
  summary: { what: 'a one-paragraph Chinese summary written by the archive', example: 'summary: 纪实报道……' },
  en: { what: 'the archive’s own English headline and summary', example: 'en:\n  headline: ……\n  summary: ……' },
  'en.headline': { what: 'the archive’s English rendering of the headline', example: 'en: { headline: …, summary: … }' },
  'en.summary': { what: 'the archive’s English summary', example: 'en: { headline: …, summary: … }' },
  source: { what: 'where the transcription comes from: a file under content/sources/ and its line range', example: 'source: { file: sources/000_9055a717ca129e76.txt, lines: [558, 702] }' },
  'source.file': { what: 'the source file, relative to content/', example: 'source: { file: sources/000_9055a717ca129e76.txt, lines: [558, 702] }' },
  'source.lines': { what: 'the first and last line of the report in the source file', example: 'source: { file: …, lines: [558, 702] }' },
};

export const LEDGER_FIELD_HELP: Record<string, FieldHelp> = {
  id: { what: 'a unique ASCII id for the entry', example: 'id: a-headline-moved' },
  kind: { what: 'one of: move, add, change, whitespace, structure, doubt', example: 'kind: move' },
  report: { what: 'the slug of the report the entry concerns', example: 'report: harmony-and-unity' },
  reason: { what: 'why the decision was taken, in Chinese', example: 'reason: 抽取文本把标题置于正文之后' },
  reason_en: { what: 'the same reason in English', example: 'reason_en: The extraction puts the headline after the body.' },
  text: { what: 'the text concerned, exactly as it stands in the source (spaces do not matter)', example: 'text: 新彩' },
  from: { what: 'the source text that is changed', example: 'from: …' },
  to: { what: 'for move/add: where the text goes ("header"); for change: the new text', example: 'to: header' },
  source_lines: { what: 'the first and last line in the source file where the text stands', example: 'source_lines: [66, 67]' },
};

export const INDEX_ENTRY_FIELD_HELP: Record<string, FieldHelp> = {
  id: { what: 'a unique ASCII id (lower-case letters, digits, single hyphens); it becomes the URL of the entry’s page', example: 'id: tokayev' },
  kind: { what: 'one of: person, organisation, place, document, unnamed (a speaker the text does not name)', example: 'kind: person' },
  names: {
    what: 'the names: zh-Hans as in the text (Traditional forms are converted at build time), en, and native with its language tag only where well established',
    example: 'names: { zh-Hans: 托卡耶夫, en: Kassym-Jomart Tokayev, native: Қасым-Жомарт Тоқаев, native_lang: kk }',
  },
  'names.zh-Hans': { what: 'the name exactly as the text writes it', example: 'names: { zh-Hans: 托卡耶夫, … }' },
  'names.en': { what: 'the English name; if you are not certain of it, set verified.en to false', example: 'names: { en: Kassym-Jomart Tokayev, … }' },
  'names.pinyin': {
    what: 'the toneless pinyin of the zh-Hans name in lower case, one syllable per word; an English search for it finds the entry’s paragraphs',
    example: 'names: { zh-Hans: 托卡耶夫, en: Kassym-Jomart Tokayev, pinyin: tuo ka ye fu }',
  },
  'names.native': { what: 'the name in the entry’s own language and script (leave out unless well established)', example: 'names: { native: Қасым-Жомарт Тоқаев, … }' },
  'names.native_lang': {
    what: 'the BCP 47 tag of the native name: its language, plus the script where the language has several',
    example: 'names: { native: Oʻzbekiston, native_lang: uz-Latn }',
  },
  verified: { what: 'whether the English and native names are confirmed (true) or a best guess (false)', example: 'verified: { en: true, native: false }' },
  'verified.en': { what: 'true only when the English name is confirmed', example: 'verified: { en: false }' },
  'verified.native': { what: 'true only when the native name is confirmed; give it exactly when names.native is given', example: 'verified: { en: true, native: true }' },
  role: { what: 'the role the text gives, in Chinese as in the text', example: 'role: 哈萨克斯坦总统' },
  mentions: { what: 'every form under which the text names the entry, verbatim in Simplified characters', example: 'mentions: [扎克普·海鲁舍夫, 海鲁舍夫]' },
};

export const QUOTE_FIELD_HELP: Record<string, FieldHelp> = {
  id: { what: 'a unique ASCII id for the quote', example: 'id: a-s1-p9-2' },
  speaker: { what: 'the id of the speaker’s entry in content/people.yaml', example: 'speaker: mirziyoyev' },
  report: { what: 'the slug of the report that holds the quote', example: 'report: harmony-and-unity' },
  paragraph: { what: 'the permanent id of the paragraph that holds the quote (as listed in content/paragraph-ids.json)', example: 'paragraph: s1-p9' },
  attribution: {
    what: '"stated" when the text names the speaker, "context" when only the context shows who speaks (then explain in note_en)',
    example: 'attribution: stated',
  },
  words: { what: 'the words inside the quotation marks, character for character, without the marks', example: 'words: 独行快，众行远' },
  words_en: {
    what: 'the quotation as the archive’s English translation of the report renders it, verbatim from the English paragraph, without the enclosing quotation marks (required once the report is translated)',
    example: 'words_en: Harmony and unity are happiness and wealth.',
  },
  note_en: { what: 'an English note on the attribution (required for attribution: context)', example: 'note_en: The text calls these words “China’s voice”.' },
};
