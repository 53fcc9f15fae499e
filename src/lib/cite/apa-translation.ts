/**
 * APA 7 gives a title in another language followed by its English translation in square brackets, not italicised
 * ("标题 [Title]"). CSL 1.0 has no variable for a translated title, so this one step adds it to the entry citeproc
 * rendered from the official APA style.
 */
export function withEnglishTitle(apaEntry: string, title: string, english: string): string {
  const at = apaEntry.indexOf(title);
  if (at < 0)
    throw new Error(
      `APA entry does not contain the title "${title}": the APA style's output changed; check src/lib/cite/apa-translation.ts.`,
    );
  const end = at + title.length;
  return `${apaEntry.slice(0, end)} [${english}]${apaEntry.slice(end)}`;
}
