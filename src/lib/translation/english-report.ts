/**
 * A report as its English page shows it when the archive has a translation:
 * the Chinese report's structure (sections, ids, numbers, breaks, lead-ins)
 * with the English text of each block, English header and romanised bylines.
 * Ids come from the Chinese report, so every permalink is the same in every locale.
 */
import { OUTLET_INFO } from '../model/outlets.ts';
import type { Report } from '../model/schema.ts';
import type { TranslationFrontmatter } from '../content/translation-schema.ts';
import type { Block } from '../text/blocks.ts';
import type { LocalizedReport } from '../text/localize.ts';
import type { TranslatedBlock } from './body.ts';

export interface Translation {
  data: TranslationFrontmatter;
  blocks: readonly TranslatedBlock[];
}

/** "Xinhua reporters Hao Weiwei, Yang Yijun": one line per outlet in author order, with the romanised names. */
export function englishBylines(report: Pick<Report, 'authors'>, translation: Pick<TranslationFrontmatter, 'authors'>): string[] {
  const groups = new Map<keyof typeof OUTLET_INFO, string[]>();
  report.authors.forEach((author, i) => {
    const names = groups.get(author.outlet) ?? [];
    names.push(translation.authors[i]?.en ?? author.name);
    groups.set(author.outlet, names);
  });
  return [...groups].map(([outlet, names]) => `${OUTLET_INFO[outlet].reporterLabelEn} ${names.join(', ')}`);
}

/** The English report: `original` is the Simplified report (its structure and ids); the translation is aligned (validated). */
export function translateReport(original: LocalizedReport, translation: Translation): LocalizedReport {
  const english = new Map(translation.blocks.map((b) => [b.id, b.text]));
  const text = (id: string) => {
    const found = english.get(id);
    if (found === undefined)
      throw new Error(`The translation of ${original.slug} has no block ${id} (the content loader should have stopped the build).`);
    return found;
  };
  const block = (b: Block): Block => (b.kind === 'break' ? { ...b, text: '…' } : { ...b, text: text(b.id) });
  return {
    ...original,
    header: {
      headline: translation.data.headline,
      headlineIsEditorial: original.header.headlineIsEditorial,
      ...(translation.data.subtitle ? { subtitle: translation.data.subtitle } : {}),
      bylines: englishBylines(original.data, translation.data),
      dateline: translation.data.dateline,
    },
    summary: original.data.en.summary,
    // Romanised, as the English bylines print them.
    authors: original.data.authors.map((a, i) => ({ ...a, name: translation.data.authors[i]?.en ?? a.name })),
    body: {
      lede: original.body.lede.map(block),
      sections: original.body.sections.map((s) => ({ ...s, title: text(s.id), blocks: s.blocks.map(block) })),
    },
  };
}
