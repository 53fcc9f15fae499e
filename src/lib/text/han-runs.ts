/**
 * Split English text that quotes Chinese into runs, so the Chinese runs can be
 * marked lang="zh-Hans" (right font, right pronunciation, and an honest
 * signal that they are quotations of the source, not untranslated interface).
 * Chinese punctuation between Han characters stays inside the run.
 */
export interface TextRun {
  text: string;
  han: boolean;
}

const HAN_RUN = /\p{Script=Han}(?:[\p{Script=Han}\d\u3000-\u303f\uff00-\uffef—…]*\p{Script=Han})?/gu;

export function hanRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const m of text.matchAll(HAN_RUN)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), han: false });
    runs.push({ text: m[0], han: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), han: false });
  return runs;
}
