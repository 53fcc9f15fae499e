/**
 * Mentions of index entries in the report texts, computed from the text (never
 * hand-listed): an entry is mentioned in every paragraph that contains one of
 * its mention forms. For a Traditional locale the forms are converted with the
 * same converter as the paragraphs (which are converted whole, first).
 */
import type { IndexEntry } from '../model/schema.ts';
import type { TextBlock } from '../text/blocks.ts';

export interface ParagraphRef {
  report: string;
  paragraph: string;
  /** 1-based paragraph number across the report, as shown beside the text. */
  number: number;
}

export interface ReportParagraphs {
  slug: string;
  paragraphs: readonly Pick<TextBlock, 'id' | 'number' | 'text'>[];
}

type Convert = (text: string) => string;
const same: Convert = (text) => text;

/** Paragraphs (in reading order) that contain any of the forms. */
export function mentionsOf(forms: readonly string[], reports: readonly ReportParagraphs[], convert: Convert = same): ParagraphRef[] {
  const converted = forms.map(convert);
  return reports.flatMap((r) =>
    r.paragraphs
      .filter((p) => converted.some((f) => p.text.includes(f)))
      .map((p) => ({ report: r.slug, paragraph: p.id, number: p.number })),
  );
}

/** Every entry's mentions, by entry id. */
export function computeMentions(
  entries: readonly Pick<IndexEntry, 'id' | 'mentions'>[],
  reports: readonly ReportParagraphs[],
  convert: Convert = same,
): Map<string, ParagraphRef[]> {
  return new Map(entries.map((e) => [e.id, mentionsOf(e.mentions, reports, convert)]));
}

/** Mention forms that occur in no paragraph of any report (a data error). */
export function unusedForms(entry: Pick<IndexEntry, 'mentions'>, reports: readonly ReportParagraphs[], convert: Convert = same): string[] {
  return entry.mentions.filter((form) => mentionsOf([form], reports, convert).length === 0);
}

export interface Segment {
  text: string;
  /** Entry id when this segment is a mention. */
  entry?: string;
}

/**
 * Split a paragraph (already converted, whole) into plain and mention segments.
 * Longest forms win; overlapping matches keep the earliest. Joining the
 * segments' text always gives back the paragraph exactly.
 */
export function segmentMentions(text: string, forms: readonly { form: string; entry: string }[]): Segment[] {
  const sorted = [...forms].filter((f) => f.form.length > 0).sort((a, b) => b.form.length - a.form.length);
  const taken: { start: number; end: number; entry: string }[] = [];
  for (const { form, entry } of sorted) {
    let from = 0;
    for (let at = text.indexOf(form, from); at !== -1; at = text.indexOf(form, from)) {
      const end = at + form.length;
      if (!taken.some((t) => at < t.end && end > t.start)) taken.push({ start: at, end, entry });
      from = at + 1;
    }
  }
  taken.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let pos = 0;
  for (const t of taken) {
    if (t.start > pos) segments.push({ text: text.slice(pos, t.start) });
    segments.push({ text: text.slice(t.start, t.end), entry: t.entry });
    pos = t.end;
  }
  if (pos < text.length) segments.push({ text: text.slice(pos) });
  return segments;
}

/** Keep only the first mention of each entry as a mention; later ones become plain text (the text is unchanged). */
export function firstMentionsOnly(segments: readonly Segment[]): Segment[] {
  const seen = new Set<string>();
  return segments.map((s) => {
    if (!s.entry) return s;
    if (seen.has(s.entry)) return { text: s.text };
    seen.add(s.entry);
    return s;
  });
}

/**
 * For each paragraph (in reading order), the entries whose first mention in the
 * whole report falls in it: only those are linked, so each entry is linked once.
 */
export function firstMentionEntries(
  paragraphs: readonly { id: string; text: string }[],
  forms: readonly { form: string; entry: string }[],
): Map<string, Set<string>> {
  const seen = new Set<string>();
  const out = new Map<string, Set<string>>();
  for (const p of paragraphs) {
    const here = new Set<string>();
    for (const s of segmentMentions(p.text, forms)) {
      if (s.entry && !seen.has(s.entry)) {
        seen.add(s.entry);
        here.add(s.entry);
      }
    }
    out.set(p.id, here);
  }
  return out;
}
