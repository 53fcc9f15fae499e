/** A Markdown content file split at its YAML frontmatter (reports and translations share the form). */
export function splitFrontmatter(raw: string): { frontmatter: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  return match ? { frontmatter: match[1]!, body: match[2]! } : null;
}
