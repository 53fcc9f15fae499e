/**
 * The paragraph-id registry: every id ever published, pinned to the
 * fingerprint of the text it pointed at. Links are promises: an id may never
 * vanish or come to point at different text, unless the registry declares an
 * alias that carries the old id to the paragraph that now holds its text.
 */
import { type ReportBody, textBlocks } from './blocks.ts';
import { fingerprint } from './fingerprint.ts';

export interface ReportIdRegistry {
  /** id → fingerprint of the (Simplified) text it was published with. */
  ids: Record<string, string>;
  /** Retired id → the current id that now holds its paragraph. */
  aliases?: Record<string, string>;
}

export type IdRegistry = Record<string, ReportIdRegistry>;

/** Ids and section ids of a body with the fingerprint of their text. */
export function currentIds(body: ReportBody): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const section of body.sections) ids[section.id] = fingerprint(section.title);
  for (const block of textBlocks(body)) ids[block.id] = fingerprint(block.text);
  return ids;
}

/** Every way the current text breaks a published link; empty when all links hold. */
export function registryViolations(slug: string, body: ReportBody, registry: ReportIdRegistry | undefined): string[] {
  if (!registry) return [`report ${slug} has no entry in content/paragraph-ids.json; run npm run register-paragraph-ids`];
  const current = currentIds(body);
  const aliases = registry.aliases ?? {};
  const problems: string[] = [];
  for (const [id, print] of Object.entries(registry.ids)) {
    if (id in aliases) continue; // checked below with every alias
    if (!(id in current)) {
      problems.push(`${slug}#${id} was published but no longer exists; add an alias "${id}": "<id that now holds this text>"`);
    } else if (current[id] !== print) {
      problems.push(
        `${slug}#${id} now points at different text (fingerprint ${current[id]}, published ${print}); keep the id on its text, or alias it`,
      );
    }
  }
  for (const [old, target] of Object.entries(aliases)) {
    if (!(target in current)) problems.push(`${slug}#${old}: its alias points at #${target}, which does not exist`);
    if (old in current) problems.push(`${slug}#${old}: is both a current id and an alias; remove the alias`);
  }
  for (const id of Object.keys(current)) {
    if (!(id in registry.ids)) problems.push(`${slug}#${id} is not registered yet; run npm run register-paragraph-ids`);
  }
  return problems;
}

/** Old ids that must be rendered as extra anchors inside each current paragraph. */
export function aliasesByTarget(registry: ReportIdRegistry | undefined): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [old, target] of Object.entries(registry?.aliases ?? {})) map.set(target, [...(map.get(target) ?? []), old]);
  return map;
}

/** Register new ids (never changes a published one). */
export function withNewIds(body: ReportBody, registry: ReportIdRegistry | undefined): ReportIdRegistry {
  const next: ReportIdRegistry = { ids: { ...(registry?.ids ?? {}) }, ...(registry?.aliases ? { aliases: registry.aliases } : {}) };
  for (const [id, print] of Object.entries(currentIds(body))) if (!(id in next.ids)) next.ids[id] = print;
  return next;
}
