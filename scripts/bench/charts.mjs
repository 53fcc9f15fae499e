/** The scale charts of the report, written to docs/benchmarks/*.svg; returns [{ file, title }]. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineChart } from './svg-chart.mjs';

export function writeScaleCharts(scale, dir) {
  const runs = scale.filter((r) => !r.notMeasured);
  const pts = (f) => runs.map((r) => ({ n: r.n, value: f(r) })).filter((p) => p.value !== null && p.value !== undefined);
  const searchPts = (ui, key) => pts((r) => (r.search[ui]?.available === false ? null : (r.search[ui]?.[key] ?? null)));
  const charts = [
    {
      file: 'build-time.svg',
      title: 'Build time against archive size',
      yLabel: 'seconds',
      format: (v) => v.toFixed(v < 10 ? 1 : 0),
      series: [
        { name: 'whole build', points: pts((r) => r.build.wallMs / 1000) },
        { name: 'Astro', points: pts((r) => r.build.astroMs / 1000) },
        { name: 'Pagefind', points: pts((r) => r.build.pagefindMs / 1000) },
      ],
    },
    {
      file: 'build-per-page.svg',
      title: 'Build time per HTML page',
      yLabel: 'ms per page',
      format: (v) => v.toFixed(1),
      series: [{ name: 'ms / page', points: pts((r) => r.buildMsPerPage) }],
    },
    {
      file: 'peak-memory.svg',
      title: 'Peak memory of the build (process tree RSS)',
      yLabel: 'MB',
      format: (v) => v.toFixed(0),
      series: [
        { name: 'whole build', points: pts((r) => r.build.peakRssBytes / 2 ** 20) },
        { name: 'Astro', points: pts((r) => (r.build.peakAstroRssBytes ?? null) && r.build.peakAstroRssBytes / 2 ** 20) },
        { name: 'Pagefind', points: pts((r) => (r.build.peakIndexerRssBytes ?? null) && r.build.peakIndexerRssBytes / 2 ** 20) },
      ],
    },
    {
      file: 'index-size.svg',
      title: 'Pagefind index size',
      yLabel: 'MB',
      format: (v) => v.toFixed(1),
      series: [{ name: 'all index shards', points: pts((r) => r.index.bytes / 2 ** 20) }],
    },
    {
      file: 'search-latency.svg',
      title: 'Search: median time to first result (cold)',
      yLabel: 'ms',
      format: (v) => v.toFixed(0),
      series: [
        { name: 'our search page', points: searchPts('ours', 'medianColdMs') },
        { name: 'stock Pagefind UI', points: searchPts('stock', 'medianColdMs') },
      ],
    },
    {
      file: 'search-bytes.svg',
      title: 'Search: bytes transferred for the first query (cold)',
      yLabel: 'KB',
      format: (v) => v.toFixed(0),
      series: [
        { name: 'our search page', points: searchPts('ours', 'firstQueryBytes').map((p) => ({ ...p, value: p.value / 1024 })) },
        { name: 'stock Pagefind UI', points: searchPts('stock', 'firstQueryBytes').map((p) => ({ ...p, value: p.value / 1024 })) },
      ],
    },
  ];
  for (const chart of charts) {
    chart.series = chart.series.filter((s) => s.points.length);
    writeFileSync(join(dir, chart.file), lineChart(chart));
  }
  return charts.map(({ file, title }) => ({ file, title }));
}
