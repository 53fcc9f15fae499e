/**
 * Schemas of the archive's content. They live in plain TypeScript so that the
 * build (src/content.config.ts), the unit tests and scripts share one definition.
 * Every field has a `help` entry in content/field-help.ts that the error formatter shows.
 * This folder (model/) is the one place every other folder of src/lib may import: it imports none of them.
 */
import { z } from 'zod';

export const OUTLETS = ['xinhua', 'peoples-daily'] as const;
export type Outlet = (typeof OUTLETS)[number];

export const HEADLINE_KINDS = ['original', 'editorial'] as const;

/** ISO 8601 date-time with the Beijing offset, e.g. 2025-06-19T00:00:00+08:00. */
const BEIJING_DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?\+08:00$/;

/** True when the date part names a day that exists (no 31 February). */
function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const nonEmpty = z.string().trim().min(1);

export const reportSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    order: z.number().int().positive(),
    headline: z.object({
      text: nonEmpty,
      kind: z.enum(HEADLINE_KINDS),
    }),
    subtitle: nonEmpty.optional(),
    outlets: z.array(z.enum(OUTLETS)).min(1),
    authors: z
      .array(
        z.object({
          name: nonEmpty,
          outlet: z.enum(OUTLETS),
        }),
      )
      .min(1),
    dateline: nonEmpty,
    published: z.string().regex(BEIJING_DATE_TIME),
    language: z.literal('zh-Hans'),
    summary: nonEmpty,
    en: z.object({
      headline: nonEmpty,
      summary: nonEmpty,
    }),
    source: z.object({
      file: z.string().regex(/^sources\/[^/]+\.txt$/),
      lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
    }),
  })
  .strict()
  .superRefine((report, ctx) => {
    for (const [i, author] of report.authors.entries()) {
      if (!report.outlets.includes(author.outlet)) {
        ctx.addIssue({
          code: 'custom',
          path: ['authors', i, 'outlet'],
          message: `author ${author.name} works for "${author.outlet}", which is not listed in outlets`,
        });
      }
    }
    if (report.source.lines[0] > report.source.lines[1]) {
      ctx.addIssue({ code: 'custom', path: ['source', 'lines'], message: 'the first line comes after the last line' });
    }
    if (!isCalendarDate(report.published)) {
      ctx.addIssue({ code: 'custom', path: ['published'], message: `"${report.published}" is not a real date` });
    }
  });

export type Report = z.infer<typeof reportSchema>;

/** Editorial ledger: every decision that changes, moves or adds characters relative to the source. */
const ledgerBase = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Slug of the report the entry concerns. */
  report: z.string().min(1),
  reason: nonEmpty,
  /** English rendering of the reason, for the English about page. */
  reason_en: nonEmpty,
};
const sourceLines = z.tuple([z.number().int().positive(), z.number().int().positive()]);

export const ledgerEntrySchema = z.discriminatedUnion('kind', [
  /** Text that stands elsewhere in the source, moved into the report's header. */
  z.object({ ...ledgerBase, kind: z.literal('move'), text: nonEmpty, source_lines: sourceLines, to: z.literal('header') }).strict(),
  /** Text the source does not have, added to the header (and shown as such). */
  z.object({ ...ledgerBase, kind: z.literal('add'), text: nonEmpty, to: z.literal('header') }).strict(),
  /** A character-level change of source text. */
  z.object({ ...ledgerBase, kind: z.literal('change'), from: nonEmpty, to: nonEmpty, source_lines: sourceLines }).strict(),
  /** Whitespace the extraction introduced and the transcription drops (no other character changes). */
  z.object({ ...ledgerBase, kind: z.literal('whitespace'), source_lines: sourceLines }).strict(),
  /** A paragraph joined or split against the extraction's layout; characters unchanged. */
  z.object({ ...ledgerBase, kind: z.literal('structure'), text: nonEmpty, source_lines: sourceLines }).strict(),
  /** Source text kept as it stands although it looks doubtful. */
  z.object({ ...ledgerBase, kind: z.literal('doubt'), text: nonEmpty, source_lines: sourceLines }).strict(),
]);

export const ledgerSchema = z.array(ledgerEntrySchema);
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

/** Index of people, organisations and places: what an entry is. `unnamed` is a speaker the text does not name. */
export const ENTRY_KINDS = ['person', 'organisation', 'place', 'document', 'unnamed'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

const asciiId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const indexEntrySchema = z
  .object({
    id: asciiId,
    kind: z.enum(ENTRY_KINDS),
    names: z
      .object({
        /** As the text writes it. Traditional forms are converted at build time, like the text (reviewed overrides apply). */
        'zh-Hans': nonEmpty,
        en: nonEmpty,
        /** Toneless pinyin of the zh-Hans name, one syllable per word ("tuo ka ye fu"): search finds the entry by it. */
        pinyin: z
          .string()
          .regex(/^[a-zü]+( [a-zü]+)*$/, 'is not toneless pinyin in lower case, syllables separated by spaces, such as "tuo ka ye fu"')
          .optional(),
        /** The name in the entry's own language, only where well established. */
        native: nonEmpty.optional(),
        /** The BCP 47 tag of the native name (its language, and script where it matters), so pages can mark it. */
        native_lang: z
          .string()
          .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?$/, 'is not a BCP 47 language tag such as kk, uz-Latn or ru')
          .optional(),
      })
      .strict(),
    /** Whether the English (and native) name is confirmed; false shows the name as unverified. */
    verified: z.object({ en: z.boolean(), native: z.boolean().optional() }).strict(),
    /** The role the text gives, in Chinese as in the text. */
    role: nonEmpty,
    /** Forms under which the text mentions the entry (Simplified, verbatim). */
    mentions: z.array(nonEmpty).min(1),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if ((entry.names.native === undefined) !== (entry.verified.native === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['verified', 'native'],
        message:
          entry.names.native === undefined
            ? 'is given but the entry has no native name'
            : 'is missing: say whether the native name is verified',
      });
    }
    if ((entry.names.native === undefined) !== (entry.names.native_lang === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['names', 'native_lang'],
        message:
          entry.names.native === undefined
            ? 'is given but the entry has no native name'
            : 'is missing: give the native name’s language tag',
      });
    }
  });
export type IndexEntry = z.infer<typeof indexEntrySchema>;

/** How the text attributes a quotation: it names the speaker (`stated`) or makes the speaker clear from context. */
export const ATTRIBUTIONS = ['stated', 'context'] as const;

export const quoteSchema = z
  .object({
    id: asciiId,
    /** Id of an entry in people.yaml. */
    speaker: asciiId,
    /** Slug of the report. */
    report: asciiId,
    /** Permanent paragraph id ("p2", "s1-p9"). */
    paragraph: z.string().regex(/^(s[1-9]\d*-)?p[1-9]\d*$/),
    attribution: z.enum(ATTRIBUTIONS),
    /** The quoted words, verbatim, without the enclosing “”. */
    words: nonEmpty,
    /** The words as the archive's English translation renders them (verbatim in its paragraph, without “”); required once the report is translated. */
    words_en: nonEmpty.optional(),
    /** English note on the attribution; required when attribution is `context`. */
    note_en: nonEmpty.optional(),
  })
  .strict()
  .superRefine((quote, ctx) => {
    if (quote.attribution === 'context' && !quote.note_en) {
      ctx.addIssue({
        code: 'custom',
        path: ['note_en'],
        message: 'is missing: a quote attributed from context must say how the context shows the speaker',
      });
    }
    if (quote.words_en && /^[“‘"]|[”’"]$/.test(quote.words_en)) {
      ctx.addIssue({
        code: 'custom',
        path: ['words_en'],
        message: 'includes the enclosing quotation marks; give only the words inside them',
      });
    }
    if (/^[“「]|[”」]$/.test(quote.words)) {
      ctx.addIssue({ code: 'custom', path: ['words'], message: 'includes the enclosing quotation marks; give only the words inside them' });
    }
  });
export type Quote = z.infer<typeof quoteSchema>;
