/**
 * Character folding for search, in the browser: Simplified, Taiwan and Hong Kong forms of a character map to
 * one representative (the table comes from the build, script-table.ts), so texts compare equal across scripts.
 */

/** A lookup table: key → value. */
export type Dict = Record<string, string>;

/** Character folding: maps each character to its class representative. */
export function folder(fold: Dict): (c: string) => string {
  return (c) => fold[c] ?? c;
}
