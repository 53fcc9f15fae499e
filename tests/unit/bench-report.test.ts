import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../scripts/bench/report.mjs';
import { afterDomContentLoaded, median, ratio, worst } from '../../scripts/bench/stats.mjs';
import { targetRows } from '../../scripts/bench/target-rows.mjs';
import { TARGETS } from '../../scripts/bench/targets.mjs';

describe('bench statistics', () => {
  it('takes the median of what was measured, the middle two averaged, and never counts a missing run as zero', () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([400, 100, 300, 200])).toBe(250);
    expect(median([null, 90, null])).toBe(90);
    expect(median([null])).toBeNull();
    expect(worst([120, null, 80])).toBe(120);
    expect(worst([])).toBeNull();
  });

  it('measures first results from DOMContentLoaded, not from navigation start', () => {
    expect(afterDomContentLoaded({ firstResultMs: 380, domContentLoadedMs: 80 })).toBe(300);
    expect(afterDomContentLoaded({ firstResultMs: undefined, domContentLoadedMs: 80 })).toBeNull();
  });

  it('gives ours ÷ stock only when both were measured', () => {
    expect(ratio(50, 200)).toBe(0.25);
    expect(ratio(50, null)).toBeNull();
    expect(ratio(undefined, 200)).toBeNull();
    expect(ratio(50, 0)).toBeNull();
  });
});

type Run = { ms: number | null; dclMs: number | null; afterDclMs: number | null; bytes: number | null };
const run = (ms: number | null, dclMs: number | null): Run => ({
  ms,
  dclMs,
  afterDclMs: ms === null || dclMs === null ? null : ms - dclMs,
  bytes: ms === null ? null : 100_000,
});

/** What measureSearch returns for one UI, from its cold runs per query (the fields the report reads). */
function searchResult(queries: string[], coldRuns: Run[][]) {
  const all = coldRuns.flat();
  return {
    available: true,
    perQuery: queries.map((query, i) => ({
      query,
      cold: { ms: median(coldRuns[i]!.map((r) => r.ms)), afterDclMs: median(coldRuns[i]!.map((r) => r.afterDclMs)), bytes: 100_000 },
      coldRuns: coldRuns[i]!,
      warm: { ms: 300, bytes: 5_000 },
      inPage: { ms: 30, bytes: 0 },
    })),
    coldRunsPerQuery: coldRuns[0]!.length,
    coldFailures: all.filter((r) => r.ms === null).length,
    medianColdMs: median(all.map((r) => r.ms)),
    medianColdDclMs: median(all.map((r) => r.dclMs)),
    medianColdAfterDclMs: median(all.map((r) => r.afterDclMs)),
    maxColdMs: worst(all.map((r) => r.ms)),
    medianWarmMs: 300,
    medianInPageMs: 30,
    firstQueryBytes: 100_000,
    firstQueryPagefindBytes: 90_000,
    medianWarmBytes: 5_000,
  };
}

const GB = 2 ** 30;
const build = (wallMs: number, peakRssBytes: number) => ({
  wallMs,
  astroMs: wallMs / 2,
  pagefindMs: wallMs / 2,
  relativizeMs: 10,
  peakRssBytes,
  peakAstroRssBytes: peakRssBytes / 2,
  peakIndexerRssBytes: peakRssBytes / 2,
});

/** A whole run's results, small: two queries, two cold runs each, two widths, scale at 10 and at TARGETS.scaleN. */
function fixtureRun({ oursAfterDcl = 60, stockAfterDcl = 200, cls = 0.01, bigPeak = 2.5 * GB, bigSearchMs = 800 } = {}) {
  const queries = ['峰会', '合作'];
  const ours = searchResult(queries, [
    [run(80 + oursAfterDcl, 80), run(90 + oursAfterDcl, 90)],
    [run(80 + oursAfterDcl, 80), run(85 + oursAfterDcl, 85)],
  ]);
  const stock = searchResult(queries, [
    [run(40 + stockAfterDcl, 40), run(40 + stockAfterDcl, 40)],
    [run(40 + stockAfterDcl, 40), run(40 + stockAfterDcl, 40)],
  ]);
  const scaleSearch = { ...ours, medianColdMs: bigSearchMs };
  return {
    date: '2026-11-27T12:00:00.000Z',
    machine: {
      cpus: 2,
      cpuModel: 'test',
      memoryBytes: 8 * GB,
      node: 'v24',
      chromium: 'Chromium',
      loadAverageAtStart: [0.1, 0.1, 0.1],
      loadAverageAtEnd: [0.1, 0.1, 0.1],
      versions: { astro: '7', pagefind: '1.6.0', '@pagefind/default-ui': '1.5.2', lighthouse: '13' },
    },
    queries,
    searchRuns: 2,
    realBuild: {
      runs: [build(5_000, GB)],
      medianWallMs: 5_000,
      medianAstroMs: 2_500,
      medianPagefindMs: 2_500,
      distBytes: 1,
      indexBytes: 1,
    },
    pages: { pageCount: 1, types: ['search'], pages: [] },
    lighthouse: [],
    search: { ours, stock },
    layoutShift: {
      available: true,
      path: 'zh-hans/search/',
      queries,
      widths: TARGETS.searchLayoutShiftWidths.map((width: number) => ({
        width,
        height: 800,
        loads: queries.map((query) => ({ query, cls })),
        medianCls: cls,
        maxCls: cls,
        failures: 0,
      })),
    },
    scale: [
      {
        n: 10,
        htmlPages: 92,
        build: build(3_000, GB),
        buildMsPerPage: 30,
        index: { bytes: 1, files: 1, shards: 1 },
        search: { ours, stock },
      },
      {
        n: TARGETS.scaleN,
        htmlPages: 70_000,
        build: build(9 * 60_000, bigPeak),
        buildMsPerPage: 8,
        index: { bytes: 1, files: 1, shards: 1 },
        search: { ours: scaleSearch, stock },
      },
    ],
  };
}

const row = (rows: string[][], start: string) => {
  const found = rows.find((r) => r[0]!.startsWith(start));
  if (!found) throw new Error(`no target row starting "${start}" in ${rows.map((r) => r[0]).join(' | ')}`);
  return found;
};

describe('bench targets of issue #19', () => {
  it('reads first results from DOMContentLoaded and gives the stock-UI ratio beside its target', () => {
    const rows = targetRows(fixtureRun({ oursAfterDcl: 60, stockAfterDcl: 200 }));
    const first = row(rows, 'First search results ≤ 100 ms after DOMContentLoaded');
    expect(first[1]).toMatch(/^60 ms over 4 cold loads/);
    expect(first[2]).toMatch(/met/);
    const stock = row(rows, '… at most 0.5 of the stock UI');
    expect(stock[1]).toMatch(/^0\.30 \(60 ms ÷ 200 ms\)/);
    expect(stock[2]).toMatch(/met/);

    const slow = targetRows(fixtureRun({ oursAfterDcl: 150, stockAfterDcl: 200 }));
    expect(row(slow, 'First search results')[2]).toMatch(/missed/);
    expect(row(slow, '… at most 0.5')[1]).toMatch(/^0\.75/);
    expect(row(slow, '… at most 0.5')[2]).toMatch(/missed/);
  });

  it('counts a load that showed no result as a miss, whatever the median of the others', () => {
    const r = fixtureRun();
    r.search.ours.perQuery[0]!.coldRuns[1] = run(null, null);
    r.search.ours.coldFailures = 1;
    const first = row(targetRows(r), 'First search results');
    expect(first[1]).toMatch(/1 of 4 loads showed no result/);
    expect(first[2]).toMatch(/missed/);
  });

  it('gives the layout shift at 390 and 1280 px against 0.02, from the worst load', () => {
    for (const [cls, verdict] of [
      [0.02, /met/],
      [0.05, /missed/],
    ] as const) {
      const rows = targetRows(fixtureRun({ cls }));
      for (const width of [390, 1280])
        expect(row(rows, `No layout shift on the search page with a query at ${width} px`)[2]).toMatch(verdict);
    }
  });

  it('checks 10,000 reports against 10 min, 3 GB and a 1 s cold search, the stock UI beside', () => {
    const within = targetRows(fixtureRun({ bigPeak: 2.9 * GB, bigSearchMs: 900 }));
    expect(row(within, '10,000 reports built in ≤ 10 min')[2]).toMatch(/met/);
    expect(row(within, '… peak memory ≤ 3 GB')[2]).toMatch(/met/);
    const search = row(within, '… search at that size ≤ 1.0 s cold');
    expect(search[1]).toMatch(/^900 ms .*stock UI 240 ms/);
    expect(search[2]).toMatch(/met/);

    const over = targetRows(fixtureRun({ bigPeak: 3.2 * GB, bigSearchMs: 1_200 }));
    expect(row(over, '… peak memory ≤ 3 GB')[2]).toMatch(/missed/);
    expect(row(over, '… search at that size')[2]).toMatch(/missed/);
  });

  it('calls the scale targets not measured when 10,000 was not built, unless a smaller archive already went over 3 GB', () => {
    const r = fixtureRun();
    r.scale = r.scale.slice(0, 1);
    const rows = targetRows(r);
    for (const start of ['10,000 reports built', '… peak memory', '… search at that size'])
      expect(row(rows, start)[2]).toMatch(/not measured/);
    r.scale[0]!.build = build(3_000, 3.5 * GB);
    expect(row(targetRows(r), '… peak memory')[2]).toMatch(/missed/);
  });

  it('says "not measured" for what an older run did not record, instead of failing', () => {
    const r = fixtureRun();
    delete (r as { layoutShift?: unknown }).layoutShift;
    delete (r.search.ours as { medianColdAfterDclMs?: unknown }).medianColdAfterDclMs;
    const rows = targetRows(r);
    expect(row(rows, 'First search results')[2]).toMatch(/not measured/);
    expect(row(rows, 'No layout shift on the search page with a query at 390 px')[2]).toMatch(/not measured/);
  });
});

describe('bench report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders the new figures: DOMContentLoaded times, the ratio, and the layout shift per width', () => {
    writeReport(fixtureRun({ cls: 0.013 }), dir);
    const md = readFileSync(join(dir, 'benchmarks.md'), 'utf8');
    expect(md).toMatch(/Ratio ours ÷ stock: cold after DOMContentLoaded 0\.30/);
    expect(md).toMatch(/## Layout shift on the search page with a query/);
    expect(md).toMatch(/\| 390 px \| 2 \| 0\.013 \| 0\.013 \| 0\.013 \| 0\.013 \|/);
    expect(md).toMatch(/BENCH_SEARCH_RUNS/);
  });

  it('still re-renders the committed run (docs/benchmarks.json), whatever fields it predates', () => {
    writeReport(JSON.parse(readFileSync('docs/benchmarks.json', 'utf8')), dir);
    const md = readFileSync(join(dir, 'benchmarks.md'), 'utf8');
    expect(md).toMatch(/## Targets/);
    expect(md).toMatch(/First search results ≤ 100 ms after DOMContentLoaded/);
  });
});
