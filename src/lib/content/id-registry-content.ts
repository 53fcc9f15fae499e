/**
 * Reading content/paragraph-ids.json, the registry of every published paragraph id: a file that
 * is not JSON, or not shaped as the registry, stops the build naming the file and the place.
 */
import { z } from 'zod';
import type { IdRegistry } from '../text/id-registry.ts';
import { type ContentProblem, problemsFromIssues } from './errors.ts';

export const ID_REGISTRY_FILE = 'paragraph-ids.json';

const idRegistrySchema = z.record(
  z.string(),
  z.object({ ids: z.record(z.string(), z.string()), aliases: z.record(z.string(), z.string()).optional() }).strict(),
);

const FIX =
  'the registry is written by "npm run register-paragraph-ids": each report slug maps to { "ids": { "<paragraph id>": "<fingerprint>" }, "aliases": { "<retired id>": "<current id>" } }. Restore the file from git (git checkout -- content/paragraph-ids.json), redo any hand-made alias, and run "npm run register-paragraph-ids".';

export function validateIdRegistry(file: string, raw: string): { registry: IdRegistry; problems: ContentProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 gives a character position for most errors; readers want a line.
    const position = /at position (\d+)/.exec(message);
    const line = position ? raw.slice(0, Number(position[1])).split('\n').length : null;
    return {
      registry: {},
      problems: [
        {
          file,
          field: line ? `line ${line}` : '(the whole file)',
          kind: 'syntax',
          problem: `is not valid JSON: ${message}`,
          fix: FIX,
        },
      ],
    };
  }
  const result = idRegistrySchema.safeParse(data);
  if (!result.success) return { registry: {}, problems: problemsFromIssues(file, result.error.issues, data, {}).map((p) => ({ ...p, fix: FIX })) };
  return { registry: result.data as IdRegistry, problems: [] };
}
