/**
 * Schema of a translation's frontmatter (content/translations/<lang>/<slug>.md).
 * The body (one block per paragraph and section id) is parsed and aligned with
 * the Chinese report in src/lib/translation/; this file only defines the fields.
 */
import { z } from 'zod';
import type { FieldHelp } from './field-help.ts';

const nonEmpty = z.string().trim().min(1);

export const translationSchema = z
  .object({
    /** Slug of the Chinese report translated; the file is named <slug>.md. */
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    headline: nonEmpty,
    /** Only when the Chinese report has a subtitle. */
    subtitle: nonEmpty.optional(),
    dateline: nonEmpty,
    /** Every author of the report, in the report's order: the name as printed and its romanisation. */
    authors: z.array(z.object({ name: nonEmpty, en: nonEmpty }).strict()).min(1),
  })
  .strict();
export type TranslationFrontmatter = z.infer<typeof translationSchema>;

/** A validated translation as the content collection stores it: frontmatter, language and aligned blocks. */
export const translationEntrySchema = translationSchema.extend({
  lang: z.literal('en'),
  blocks: z.array(
    z.object({ id: z.string(), kind: z.enum(['heading', 'paragraph']), text: z.string(), line: z.number().int() }).strict(),
  ),
});

export const TRANSLATION_FIELD_HELP: Record<string, FieldHelp> = {
  slug: { what: 'the slug of the Chinese report this file translates (the file is named <slug>.md)', example: 'slug: harmony-and-unity' },
  headline: { what: 'the English headline (a translation of the Chinese one)', example: 'headline: “Harmony and unity are happiness and wealth”' },
  subtitle: { what: 'the English subtitle, only when the Chinese report has one', example: 'subtitle: — A record of …' },
  dateline: { what: 'the English dateline', example: 'dateline: Beijing, June 19 (Xinhua)' },
  authors: {
    what: 'every author of the report in the report’s order, with the name as printed and its romanisation',
    example: 'authors:\n  - { name: 郝薇薇, en: Hao Weiwei }',
  },
  'authors.name': { what: 'the author’s name exactly as the report prints it', example: '- { name: 郝薇薇, en: Hao Weiwei }' },
  'authors.en': { what: 'the romanised name (pinyin, given name last as the report orders it)', example: '- { name: 郝薇薇, en: Hao Weiwei }' },
};
