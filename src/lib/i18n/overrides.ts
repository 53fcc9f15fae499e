/**
 * Reviewed corrections to OpenCC's output, per region, at phrase level. Each
 * entry replaces a wrong converted phrase with the right one and says why;
 * each has a test in tests/unit/overrides.test.ts.
 */
import type { ConversionTarget } from './locales.ts';

export interface Override {
  /** The phrase as OpenCC writes it (wrong). */
  wrong: string;
  /** The phrase as it should read. */
  right: string;
  /** Why, for reviewers. */
  reason: string;
}

export const OVERRIDES: Record<ConversionTarget, readonly Override[]> = {
  tw: [],
  hk: [],
};

export function applyOverrides(text: string, overrides: readonly Override[]): string {
  return overrides.reduce((acc, o) => acc.split(o.wrong).join(o.right), text);
}
