/**
 * Alignment of a translation with its Chinese report: exactly one English
 * block for every paragraph and section id of the report, of the same kind,
 * in the same order. Issues carry their kind and id as data; the content
 * loader words them.
 */
import type { Block, ReportBody } from '../text/blocks.ts';
import type { TranslatedBlock } from './body.ts';

export type AlignmentIssueKind = 'missing' | 'extra' | 'duplicate' | 'wrong-kind' | 'out-of-order';

export interface AlignmentIssue {
  kind: AlignmentIssueKind;
  id: string;
  /** For out-of-order: the id the report has at that place. For wrong-kind: what the report has. */
  expected?: string;
  /** Line of the block in the translation body, when it has one. */
  line?: number;
}

export interface ExpectedBlock {
  id: string;
  kind: 'heading' | 'paragraph';
}

/** The report's ids in reading order: lede paragraphs, then each section heading and its paragraphs. */
export function expectedBlocks(body: ReportBody): ExpectedBlock[] {
  const paragraphs = (blocks: readonly Block[]) =>
    blocks.flatMap((b) => (b.kind === 'break' ? [] : [{ id: b.id, kind: 'paragraph' as const }]));
  return [...paragraphs(body.lede), ...body.sections.flatMap((s) => [{ id: s.id, kind: 'heading' as const }, ...paragraphs(s.blocks)])];
}

export function alignTranslation(body: ReportBody, blocks: readonly TranslatedBlock[]): AlignmentIssue[] {
  const expected = expectedBlocks(body);
  const expectedById = new Map(expected.map((b) => [b.id, b]));
  const issues: AlignmentIssue[] = [];
  const seen = new Set<string>();
  const kept: TranslatedBlock[] = [];
  for (const block of blocks) {
    const want = expectedById.get(block.id);
    if (!want) issues.push({ kind: 'extra', id: block.id, line: block.line });
    else if (seen.has(block.id)) issues.push({ kind: 'duplicate', id: block.id, line: block.line });
    else {
      seen.add(block.id);
      kept.push(block);
      if (want.kind !== block.kind) issues.push({ kind: 'wrong-kind', id: block.id, expected: want.kind, line: block.line });
    }
  }
  for (const want of expected) if (!seen.has(want.id)) issues.push({ kind: 'missing', id: want.id });
  // Order among the ids both have: the first block that stands where the report has another id.
  const order = expected.filter((b) => seen.has(b.id));
  const at = kept.findIndex((b, i) => b.id !== order[i]!.id);
  if (at !== -1) issues.push({ kind: 'out-of-order', id: kept[at]!.id, expected: order[at]!.id, line: kept[at]!.line });
  return issues;
}
