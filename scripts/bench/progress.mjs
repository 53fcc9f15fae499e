/** Progress lines for the benchmark run: "[bench 01:23] message", elapsed since the run started. */
const started = performance.now();

export function progress(message) {
  const s = Math.round((performance.now() - started) / 1000);
  const stamp = `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  console.log(`[bench ${stamp}] ${message}`);
}
