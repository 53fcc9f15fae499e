/** The small statistics of the bench's timings; missing measurements (null) are left out, never counted as zero. */

/** Median of the measured values (mean of the middle two for an even count); null when nothing was measured. */
export function median(values) {
  const xs = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** Largest measured value; null when nothing was measured. */
export function worst(values) {
  const xs = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return xs.length ? Math.max(...xs) : null;
}

/** ours ÷ stock, or null when either is missing or stock is zero (no ratio to report). */
export function ratio(ours, stock) {
  if (typeof ours !== 'number' || typeof stock !== 'number' || !Number.isFinite(ours) || !(stock > 0)) return null;
  return ours / stock;
}

/**
 * Time from the page's DOMContentLoaded (the event's start, performance timeline) to the first result, from one
 * navigation's timings in ms since navigation start; null when either was not recorded.
 */
export function afterDomContentLoaded({ firstResultMs, domContentLoadedMs }) {
  if (typeof firstResultMs !== 'number' || typeof domContentLoadedMs !== 'number') return null;
  return firstResultMs - domContentLoadedMs;
}
