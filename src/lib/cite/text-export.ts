/**
 * The machine-readable edition of a report: its text by paragraph id, in every script the archive carries (and in
 * English where a translation exists), with the report's source lines and the archive edition, so researchers can
 * quote and align the text by paragraph id. And the same text as plain text, one script per file.
 */
import type { Locale } from '../i18n/locales.ts';
import type { Edition } from '../publish/edition.ts';
import { type Block } from '../text/blocks.ts';
import type { LocalizedReport } from '../text/localize.ts';

/** One report as each Chinese locale shows it (the same paragraphs, ids and numbers in every script). */
export interface ScriptVersion {
  locale: Locale;
  report: LocalizedReport;
}

export interface TextExport {
  format: 'summit-archive-report-text';
  version: 1;
  slug: string;
  edition: { id: string; date: string | null };
  published: string;
  outlets: string[];
  authors: { name: string; outlet: string }[];
  /** The lines of the archive's source copy this report was transcribed from. */
  source: { file: string; lines: [number, number] };
  /** BCP 47 tag → headline (with subtitle). A headline the archive wrote is marked by headlineIsEditorial. */
  title: Record<string, string>;
  /** BCP 47 tag → the headline alone, without its subtitle, in each Chinese script (the report page's heading). */
  headline: Record<string, string>;
  headlineIsEditorial: boolean;
  sections: { id: string; number: number; title: Record<string, string> }[];
  paragraphs: {
    id: string;
    number: number;
    kind: 'paragraph' | 'lead-in';
    /** Section id, or null for the lede. */
    section: string | null;
    text: Record<string, string>;
  }[];
}

type Placed = { block: Block; section: string | null };
function placedBlocks(report: LocalizedReport): Placed[] {
  return [
    ...report.body.lede.map((block) => ({ block, section: null })),
    ...report.body.sections.flatMap((s) => s.blocks.map((block) => ({ block, section: s.id }))),
  ];
}

/**
 * `english` maps paragraph ids to an English translation, where the archive has one (none yet: its text is not
 * translated); `englishTitle` is the archive's English title.
 */
export function textExport(
  versions: readonly ScriptVersion[],
  edition: Edition,
  english: { title: string; paragraphs?: ReadonlyMap<string, string> },
): TextExport {
  const first = versions[0];
  if (!first) throw new Error('textExport needs the report in at least one script.');
  const { data } = first.report;
  const byScript = versions.map((v) => ({ lang: v.locale.lang, placed: placedBlocks(v.report), report: v.report }));
  const title = Object.fromEntries(byScript.map((v) => [v.lang, v.report.header.headline + (v.report.header.subtitle ?? '')]));
  return {
    format: 'summit-archive-report-text',
    version: 1,
    slug: first.report.slug,
    edition: { id: edition.id, date: edition.date ?? null },
    published: data.published,
    outlets: [...data.outlets],
    authors: data.authors.map((a) => ({ name: a.name, outlet: a.outlet })),
    source: { file: data.source.file, lines: data.source.lines },
    title: { ...title, en: english.title },
    headline: Object.fromEntries(byScript.map((v) => [v.lang, v.report.header.headline])),
    headlineIsEditorial: first.report.header.headlineIsEditorial,
    sections: first.report.body.sections.map((s, i) => ({
      id: s.id,
      number: s.number,
      title: Object.fromEntries(byScript.map((v) => [v.lang, v.report.body.sections[i]!.title])),
    })),
    paragraphs: byScript[0]!.placed.flatMap(({ block, section }, i) => {
      if (block.kind === 'break') return [];
      const en = english.paragraphs?.get(block.id);
      return [
        {
          id: block.id,
          number: block.number,
          kind: block.kind,
          section,
          text: {
            ...Object.fromEntries(byScript.map((v) => [v.lang, v.placed[i]!.block.text])),
            ...(en ? { en } : {}),
          },
        },
      ];
    }),
  };
}

/**
 * Plain text in one script: a header (title, bylines, dateline, edition), then every block on its own line, text
 * paragraphs prefixed with their id in brackets ("[s1-p2] …"), section headings as "## title [s1]".
 */
export function plainText(report: LocalizedReport, edition: Edition, editionLabel: string): string {
  const h = report.header;
  const lines = [
    h.headline + (h.subtitle ?? ''),
    ...h.bylines,
    h.dateline,
    `${editionLabel}: ${edition.id}${edition.date ? ` (${edition.date})` : ''}`,
    '',
  ];
  const block = (b: Block) => (b.kind === 'break' ? b.text : `[${b.id}] ${b.text}`);
  lines.push(...report.body.lede.map(block));
  for (const s of report.body.sections) lines.push('', `## ${s.title} [${s.id}]`, '', ...s.blocks.map(block));
  return `${lines.join('\n')}\n`;
}
