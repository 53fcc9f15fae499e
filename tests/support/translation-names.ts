/**
 * The names check of a translation: every entry of content/people.yaml that a
 * Chinese paragraph mentions appears in the English paragraph by its English
 * name — the whole name, the name without its explanation ("Trans-Caspian
 * International Transport Route"), or, for a person, the surname as the text
 * names them ("Tokayev") — or by a further form listed with its reason in
 * content/translations/en-checks.yaml, unless that file lists the paragraph as a
 * justified exception.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { IndexEntry } from '../../src/lib/model/schema.ts';
import { segmentMentions } from '../../src/lib/index/mentions.ts';

export interface NameChecks {
  /** English forms accepted besides the entry's name, e.g. the adjective (China → Chinese). */
  forms: { entry: string; forms: string[]; reason: string }[];
  /** Paragraphs where the English name is justly absent. */
  exceptions: { entry: string; report: string; paragraph: string; reason: string }[];
}

export interface NumberExceptions {
  exceptions: { report: string; paragraph: string; reason: string }[];
}

export const CHECKS_FILE = 'translations/en-checks.yaml';

export function readChecks(contentDir: string): { names: NameChecks; numbers: NumberExceptions } {
  const data = parse(readFileSync(`${contentDir}/${CHECKS_FILE}`, 'utf8')) as {
    names?: Partial<NameChecks>;
    numbers?: Partial<NumberExceptions>;
  };
  return {
    names: { forms: data.names?.forms ?? [], exceptions: data.names?.exceptions ?? [] },
    numbers: { exceptions: data.numbers?.exceptions ?? [] },
  };
}

/** Case, accents, dash and apostrophe styles do not matter. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‐-―−-]/g, '-')
    .replace(/[’‘`]/g, "'");
}

export function acceptedForms(entry: IndexEntry, checks: NameChecks): string[] {
  const en = entry.names.en;
  const forms = new Set([en, en.split(/\s*[(,]/)[0]!]);
  const inBrackets = /\(([^)]+)\)/.exec(en)?.[1];
  if (inBrackets) forms.add(inBrackets);
  if (entry.kind === 'person') forms.add(en.split(/\s+/).at(-1)!);
  for (const extra of checks.forms.filter((f) => f.entry === entry.id)) for (const f of extra.forms) forms.add(f);
  return [...forms].filter(Boolean);
}

export interface MissingName {
  entry: string;
  paragraph: string;
  /** The forms looked for. */
  forms: string[];
}

/** Entries a Chinese paragraph mentions whose English name the English paragraph lacks. */
export function missingNames(
  report: string,
  paragraphs: readonly { id: string; text: string }[],
  english: ReadonlyMap<string, string>,
  entries: readonly IndexEntry[],
  checks: NameChecks,
): MissingName[] {
  const out: MissingName[] = [];
  const named = entries.filter((e) => e.kind !== 'unnamed');
  const forms = named.flatMap((e) => e.mentions.map((form) => ({ form, entry: e.id })));
  for (const p of paragraphs) {
    const en = foldName(english.get(p.id) ?? '');
    // Mentions as the site finds them: the longest form wins (马来西亚 is Malaysia, not 西亚 West Asia).
    const mentioned = new Set(segmentMentions(p.text, forms).flatMap((s) => (s.entry ? [s.entry] : [])));
    for (const entry of named) {
      if (!mentioned.has(entry.id)) continue;
      if (checks.exceptions.some((x) => x.entry === entry.id && x.report === report && x.paragraph === p.id)) continue;
      const accepted = acceptedForms(entry, checks);
      if (!accepted.some((f) => en.includes(foldName(f)))) out.push({ entry: entry.id, paragraph: p.id, forms: accepted });
    }
  }
  return out;
}
