/**
 * The rows of the parallel view: the Chinese report (in one script) and its
 * English translation, paired by id in the report's order — header lines,
 * lede paragraphs, each section heading and its paragraphs, breaks.
 */
import type { Block, ReportBody } from '../text/blocks.ts';
import type { ReportHeader } from '../text/header.ts';

export type ParallelRow =
  | { kind: 'header'; role: 'headline' | 'subtitle' | 'byline' | 'dateline'; zh: string; en: string }
  | { kind: 'heading'; id: string; zh: string; en: string }
  | { kind: 'paragraph'; id: string; number: number; leadIn: boolean; zh: string; en: string }
  | { kind: 'break'; zh: string; en: string };

function blockRows(zh: readonly Block[], en: readonly Block[]): ParallelRow[] {
  return zh.map((b, i) => {
    const other = en[i]!;
    return b.kind === 'break'
      ? { kind: 'break', zh: b.text, en: other.text }
      : { kind: 'paragraph', id: b.id, number: b.number, leadIn: b.kind === 'lead-in', zh: b.text, en: other.text };
  });
}

/** `english` is the translated report built from the same Simplified structure, so blocks pair by position. */
export function parallelRows(
  zh: { header: ReportHeader; body: ReportBody },
  en: { header: ReportHeader; body: ReportBody },
): ParallelRow[] {
  const header: ParallelRow[] = [
    ...(zh.header.subtitle && en.header.subtitle
      ? [{ kind: 'header' as const, role: 'subtitle' as const, zh: zh.header.subtitle, en: en.header.subtitle }]
      : []),
    ...zh.header.bylines.map((b, i) => ({ kind: 'header' as const, role: 'byline' as const, zh: b, en: en.header.bylines[i] ?? '' })),
    { kind: 'header', role: 'dateline', zh: zh.header.dateline, en: en.header.dateline },
  ];
  return [
    ...header,
    ...blockRows(zh.body.lede, en.body.lede),
    ...zh.body.sections.flatMap((s, i) => {
      const other = en.body.sections[i]!;
      return [{ kind: 'heading' as const, id: s.id, zh: s.title, en: other.title }, ...blockRows(s.blocks, other.blocks)];
    }),
  ];
}
