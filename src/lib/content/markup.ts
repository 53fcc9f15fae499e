/**
 * Markup in text fields. Frontmatter and YAML fields hold plain text that pages, feeds, citations
 * and structured data print in many places; a tag there (a <script> in a summary, an <b> in a
 * name) would be escaped in some and broken in others, so it stops the build naming the field.
 * Report bodies are covered by the fidelity check against the source.
 */
import type { ContentProblem } from './errors.ts';

/** An HTML tag, comment or doctype opening: "<" followed by a letter, "/", "!" or "?". */
const TAG = /<[a-zA-Z/!?]/;

function fieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

/** Every string in data (any depth) that holds markup; `entry` leads the field as in schema problems. */
export function markupProblems(file: string, data: unknown, entry?: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const at = value.search(TAG);
      if (at >= 0) {
        const field = fieldPath(path) || '(value)';
        problems.push({
          file,
          field: entry ? `${entry}: ${field}` : field,
          kind: 'markup',
          problem: `holds HTML markup (“${value.slice(at, at + 24)}${value.length > at + 24 ? '…' : ''}”); text fields are plain text`,
          fix: 'remove the tag and write the text itself; for a “<” that is really meant, write the full-width ＜ or the word.',
        });
      }
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(data, []);
  return problems;
}
