/**
 * The body of a translation file: one block per paragraph ("[s1-p2] text") and
 * per section heading ("## [s1] heading"), blank lines between. A lone "……" or
 * "…" line stands where the Chinese has one and is not a block: pages take the
 * report's structure (sections, breaks, lead-ins) from the Chinese text.
 */

export interface TranslatedBlock {
  id: string;
  kind: 'heading' | 'paragraph';
  text: string;
  /** 1-based line of the block in the body, for messages. */
  line: number;
}

/** A body line that is not a block of the expected form; `kind` says which rule it breaks. */
export interface BodyIssue {
  kind: 'unlabelled' | 'bad-heading';
  line: number;
  excerpt: string;
}

// Any bracketed id is read as one: whether it is the report's (and of the right kind) is the alignment's question.
const HEADING = /^##\s+\[([a-z0-9-]+)\]\s*(.+)$/;
const PARAGRAPH = /^\[([a-z0-9-]+)\]\s*(.+)$/;
const BREAK = /^…{1,2}$/;

const excerptOf = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

export function parseTranslationBody(markdown: string): { blocks: TranslatedBlock[]; issues: BodyIssue[] } {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: TranslatedBlock[] = [];
  const issues: BodyIssue[] = [];
  let chunk: string[] = [];
  let start = 0;
  const flush = () => {
    if (!chunk.length) return;
    // Lines of one block are joined with a space (English text), so a long paragraph may wrap.
    const text = chunk.join(' ').replace(/\s+/g, ' ').trim();
    chunk = [];
    if (BREAK.test(text)) return;
    const heading = HEADING.exec(text);
    const paragraph = PARAGRAPH.exec(text);
    if (heading) blocks.push({ id: heading[1]!, kind: 'heading', text: heading[2]!.trim(), line: start });
    else if (paragraph) blocks.push({ id: paragraph[1]!, kind: 'paragraph', text: paragraph[2]!.trim(), line: start });
    else issues.push({ kind: text.startsWith('#') ? 'bad-heading' : 'unlabelled', line: start, excerpt: excerptOf(text) });
  };
  lines.forEach((line, i) => {
    if (!line.trim()) return flush();
    // A heading is always a block of its own, even without a blank line after it.
    if (line.trimStart().startsWith('#')) flush();
    if (!chunk.length) start = i + 1;
    chunk.push(line.trim());
    if (line.trimStart().startsWith('#')) flush();
  });
  flush();
  return { blocks, issues };
}
