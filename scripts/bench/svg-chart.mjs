/**
 * A hand-written SVG line chart: x is the archive size N on a log scale, y is
 * linear from 0; one polyline with labelled points per series. No library.
 */
const W = 640;
const H = 320;
const M = { left: 70, right: 150, top: 40, bottom: 50 };
const COLORS = ['#1f5fa8', '#c0392b', '#2e8b57', '#8e44ad'];

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');

function niceMax(v) {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 2.5, 5, 10].map((k) => k * p).find((x) => x >= v);
}

/** series: [{ name, points: [{ n, value }] }]; format(v) labels values. */
export function lineChart({ title, yLabel, series, format = (v) => String(v) }) {
  const all = series.flatMap((s) => s.points);
  const ns = [...new Set(all.map((p) => p.n))].sort((a, b) => a - b);
  const xMin = Math.log10(ns[0] ?? 1);
  const xMax = Math.log10(ns.at(-1) ?? 10);
  const yMax = niceMax(Math.max(0, ...all.map((p) => p.value)));
  const x = (n) => M.left + (xMax === xMin ? 0.5 : (Math.log10(n) - xMin) / (xMax - xMin)) * (W - M.left - M.right);
  const y = (v) => H - M.bottom - (v / yMax) * (H - M.top - M.bottom);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<title>${esc(title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${M.left}" y="22" font-size="14" font-weight="bold">${esc(title)}</text>`,
  ];
  for (let i = 0; i <= 4; i++) {
    const v = (yMax * i) / 4;
    out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`);
    out.push(`<text x="${M.left - 6}" y="${y(v) + 4}" text-anchor="end">${esc(format(v))}</text>`);
  }
  for (const n of ns) {
    out.push(`<line x1="${x(n)}" x2="${x(n)}" y1="${H - M.bottom}" y2="${H - M.bottom + 5}" stroke="#333"/>`);
    out.push(`<text x="${x(n)}" y="${H - M.bottom + 18}" text-anchor="middle">${n.toLocaleString('en')}</text>`);
  }
  out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="#333"/>`);
  out.push(`<text x="${(M.left + W - M.right) / 2}" y="${H - 12}" text-anchor="middle">reports in the archive (N, log scale)</text>`);
  out.push(`<text transform="translate(16 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>`);
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length];
    const pts = s.points.sort((a, b) => a.n - b.n);
    if (pts.length > 1)
      out.push(
        `<polyline fill="none" stroke="${color}" stroke-width="2" points="${pts.map((p) => `${x(p.n).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')}"/>`,
      );
    for (const p of pts) {
      out.push(`<circle cx="${x(p.n).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3.5" fill="${color}"/>`);
      out.push(`<text x="${(x(p.n) + 6).toFixed(1)}" y="${(y(p.value) - 6).toFixed(1)}" fill="${color}">${esc(format(p.value))}</text>`);
    }
    out.push(`<rect x="${W - M.right + 12}" y="${M.top + i * 20}" width="12" height="12" fill="${color}"/>`);
    out.push(`<text x="${W - M.right + 30}" y="${M.top + i * 20 + 10}">${esc(s.name)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
