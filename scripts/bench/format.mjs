/** Number formatting for the report. */
export const kb = (bytes) => (bytes === null || bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} KB`);
export const mb = (bytes) => (bytes === null || bytes === undefined ? '—' : `${(bytes / 2 ** 20).toFixed(1)} MB`);
export const ms = (v) => (v === null || v === undefined || !Number.isFinite(v) ? '—' : `${Math.round(v)} ms`);
export const s = (v) => (v === null || v === undefined ? '—' : `${(v / 1000).toFixed(1)} s`);
export const mark = (verdict) => ({ met: '✅ met', missed: '❌ missed', 'not measured': '⚠️ not measured' })[verdict];
