/** A compact outline of a report's structure, pinned in tests so edits cannot silently merge or split paragraphs. */
import { type ReportBody, allBlocks } from './blocks.ts';

export interface StructurePin {
  sections: number;
  paragraphs: number;
  breaks: number;
  /** id → first two and last two characters of the paragraph. */
  blocks: Record<string, string>;
}

export function structurePin(body: ReportBody): StructurePin {
  const blocks: Record<string, string> = {};
  let paragraphs = 0;
  let breaks = 0;
  for (const block of allBlocks(body)) {
    if (block.kind === 'break') {
      breaks++;
      continue;
    }
    paragraphs++;
    const chars = [...block.text];
    blocks[block.id] = `${chars.slice(0, 2).join('')}|${chars.slice(-2).join('')}`;
  }
  for (const section of body.sections) blocks[section.id] = `§ ${section.title}`;
  return { sections: body.sections.length, paragraphs, breaks, blocks };
}
