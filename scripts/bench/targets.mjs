/** The targets from issue #9, evaluated against measured results: met, missed or not measured. */
export const TARGETS = {
  lighthouse: 100,
  articleBeyondTextBytes: 8 * 1024,
  articleJsOnLoadBytes: 2 * 1024,
  searchColdMs: 300,
  searchWarmMs: 50,
  searchFirstQueryBytes: 150 * 1024,
  realBuildMs: 15_000,
  scaleN: 10_000,
  scaleBuildMs: 10 * 60_000,
  scalePeakBytes: 4 * 2 ** 30,
};

/** 'met' | 'missed' | 'not measured' for a value against a limit (value must be ≤ limit, or < when strict). */
export function verdict(value, limit, { strict = false, atLeast = false } = {}) {
  if (value === null || value === undefined || Number.isNaN(value)) return 'not measured';
  if (atLeast) return value >= limit ? 'met' : 'missed';
  return (strict ? value < limit : value <= limit) ? 'met' : 'missed';
}
