/**
 * The text model of a report body. A body is Markdown of a deliberately small
 * form: paragraphs separated by blank lines, "## " section headings, lead-in
 * paragraphs that end in "——", and lone "……" lines. Parsing it here (not in
 * a Markdown renderer) gives every paragraph a stable id shared by all scripts
 * and keeps each paragraph one joined string, which is what conversion needs.
 */

export type BlockKind = 'paragraph' | 'lead-in' | 'break';

export interface TextBlock {
  kind: 'paragraph' | 'lead-in';
  /** Permanent id, identical in every script: "p3" in the lede, "s2-p5" in section 2. */
  id: string;
  /** 1-based number across the whole report, shown as the paragraph's permalink. */
  number: number;
  text: string;
}

export interface BreakBlock {
  kind: 'break';
  text: string;
}

export type Block = TextBlock | BreakBlock;

export interface Section {
  id: string;
  /** 1-based section number. */
  number: number;
  title: string;
  blocks: Block[];
}

export interface ReportBody {
  lede: Block[];
  sections: Section[];
}

export class BodyFormatError extends Error {}

const BREAK = '……';

export function sectionId(sectionNumber: number): string {
  return `s${sectionNumber}`;
}

export function paragraphId(sectionNumber: number | null, paragraphInSection: number): string {
  return sectionNumber === null ? `p${paragraphInSection}` : `s${sectionNumber}-p${paragraphInSection}`;
}

/** Parse a report body. Lines inside one block are joined without spaces (Chinese text). */
export function parseBody(markdown: string, file = 'report'): ReportBody {
  const chunks = markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((c) => c.trim())
    .filter(Boolean);
  const body: ReportBody = { lede: [], sections: [] };
  let current: Block[] = body.lede;
  let sectionNumber: number | null = null;
  let inSection = 0;
  let number = 0;
  for (const chunk of chunks) {
    const lines = chunk.split('\n').map((l) => l.trim());
    if (lines[0]!.startsWith('#')) {
      const match = /^##\s+(.+)$/.exec(lines[0]!);
      if (!match || lines.length > 1) {
        throw new BodyFormatError(
          `${file}: "${lines[0]}" — section headings must be one line starting with "## " (level-2 heading), followed by a blank line.`,
        );
      }
      sectionNumber = body.sections.length + 1;
      inSection = 0;
      const section: Section = { id: sectionId(sectionNumber), number: sectionNumber, title: match[1]!.trim(), blocks: [] };
      body.sections.push(section);
      current = section.blocks;
      continue;
    }
    const text = lines.join('');
    if (text === BREAK) {
      current.push({ kind: 'break', text });
      continue;
    }
    inSection++;
    number++;
    current.push({
      kind: text.endsWith('——') ? 'lead-in' : 'paragraph',
      id: paragraphId(sectionNumber, inSection),
      number,
      text,
    });
  }
  return body;
}

export function allBlocks(body: ReportBody): Block[] {
  return [...body.lede, ...body.sections.flatMap((s) => s.blocks)];
}

export function textBlocks(body: ReportBody): TextBlock[] {
  return allBlocks(body).filter((b): b is TextBlock => b.kind !== 'break');
}

/** The body's text in reading order: section titles and every block. */
export function bodyText(body: ReportBody): string {
  return [...body.lede.map((b) => b.text), ...body.sections.flatMap((s) => [s.title, ...s.blocks.map((b) => b.text)])].join('\n');
}

/** Remove all whitespace: how texts are compared with the source. */
export function stripWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}
