/**
 * The report's table of targets: each figure of a bench run beside its target (issue #9 or #19), with a verdict.
 * Rows: [target, measured, verdict mark]. Works on older runs' JSON too: what a run did not record is "not measured".
 */
import { kb, mark, mb, ms, s } from './format.mjs';
import { CATEGORIES } from './lighthouse-run.mjs';
import { ratio } from './stats.mjs';
import { TARGETS, verdict } from './targets.mjs';

const cls = (v) => (typeof v === 'number' ? v.toFixed(3) : '—');
/** A measurement that failed (no result at all) is a miss whatever the other runs gave. */
const unlessFailed = (failures, v) => (failures > 0 ? 'missed' : v);

/** Astro's and the indexer's own peaks, when the run recorded them (they need not coincide with the total's). */
export const peakParts = (b) =>
  b.peakAstroRssBytes === undefined ? '' : ` (Astro ${mb(b.peakAstroRssBytes)}, Pagefind ${mb(b.peakIndexerRssBytes)})`;

function pageRows(r) {
  const rows = [];
  const lh = r.lighthouse.filter((x) => x.available);
  const lhMissing = r.lighthouse.filter((x) => !x.available).map((x) => x.label);
  const lhMin = lh.length ? Math.min(...lh.flatMap((x) => CATEGORIES.map((c) => x.scores[c] ?? 0))) : null;
  rows.push([
    'Lighthouse 100 in all four categories, every page type',
    lh.length ? `lowest score ${lhMin}${lhMissing.length ? `; not available: ${lhMissing.join(', ')}` : ''}` : '—',
    mark(lhMissing.length && verdict(lhMin, 100, { atLeast: true }) === 'met' ? 'not measured' : verdict(lhMin, 100, { atLeast: true })),
  ]);
  const articles = r.pages.pages.filter((p) => p.type === 'article');
  const beyond = articles.length ? Math.max(...articles.map((p) => p.beyondText.brotli)) : null;
  const beyondGz = articles.length ? Math.max(...articles.map((p) => p.beyondText.gzip)) : null;
  rows.push([
    // The budget is brotli's (the developers' guide: "an article ≤ 8 KB brotli beyond its own text"); gzip beside.
    'Article page ≤ 8 KB brotli beyond its own text',
    `${kb(beyond)} brotli (${kb(beyondGz)} gzip), worst locale`,
    mark(verdict(beyond, TARGETS.articleBeyondTextBytes)),
  ]);
  const js = articles.length ? Math.max(...articles.map((p) => p.load.jsLoadedBytes)) : null;
  rows.push([
    'Article page < 2 KB of JS on load',
    `${kb(js)} loaded (worst locale)`,
    mark(verdict(js, TARGETS.articleJsOnLoadBytes, { strict: true })),
  ]);
  return rows;
}

const FIRST_RESULTS = `First search results ≤ ${TARGETS.searchAfterDclMs} ms after DOMContentLoaded, cold, median (#19)`;
const STOCK_RATIO = `… at most ${TARGETS.searchStockRatio} of the stock UI's time in the same run (ours ÷ stock, after DOMContentLoaded; #19)`;
const COLD_9 = `Search first results ≤ ${TARGETS.searchColdMs} ms cold, every query (#9)`;
const WARM_9 = `Search first results ≤ ${TARGETS.searchWarmMs} ms warm (#9)`;
const BYTES_9 = `≤ ${TARGETS.searchFirstQueryBytes / 1024} KB for the first query (#9)`;

function searchRows(r) {
  const ours = r.search.ours;
  const stock = r.search.stock;
  if (!ours?.available)
    return [FIRST_RESULTS, STOCK_RATIO, COLD_9, WARM_9, BYTES_9].map((t) => [t, ours?.reason ?? 'not available', mark('not measured')]);
  const loads = ours.perQuery.length * (ours.coldRunsPerQuery ?? 1);
  const failures = ours.coldFailures ?? 0;
  const failed = failures ? `; ${failures} of ${loads} loads showed no result` : '';
  const rows = [];
  rows.push([
    FIRST_RESULTS,
    ours.medianColdAfterDclMs === undefined
      ? 'not measured: this run predates the DOMContentLoaded timing'
      : `${ms(ours.medianColdAfterDclMs)} over ${loads} cold loads (DOMContentLoaded at ${ms(ours.medianColdDclMs)}; navigation → first result ${ms(ours.medianColdMs)})${failed}`,
    mark(unlessFailed(failures, verdict(ours.medianColdAfterDclMs, TARGETS.searchAfterDclMs))),
  ]);
  const afterDcl = ratio(ours.medianColdAfterDclMs, stock?.available ? stock.medianColdAfterDclMs : undefined);
  const fromNavigation = ratio(ours.medianColdMs, stock?.available ? stock.medianColdMs : undefined);
  rows.push([
    STOCK_RATIO,
    afterDcl === null
      ? `no ratio: ${stock?.available === false ? (stock.reason ?? 'stock UI not measured') : 'DOMContentLoaded timing not recorded'}`
      : `${afterDcl.toFixed(2)} (${ms(ours.medianColdAfterDclMs)} ÷ ${ms(stock.medianColdAfterDclMs)}); from navigation start ${fromNavigation?.toFixed(2) ?? '—'} (${ms(ours.medianColdMs)} ÷ ${ms(stock.medianColdMs)})`,
    mark(verdict(afterDcl, TARGETS.searchStockRatio)),
  ]);
  rows.push([
    COLD_9,
    `${ms(ours.maxColdMs)} worst, ${ms(ours.medianColdMs)} median (navigation → first result)${failed}`,
    mark(unlessFailed(failures, verdict(ours.maxColdMs, TARGETS.searchColdMs))),
  ]);
  rows.push([
    WARM_9,
    ours.medianInPageMs != null
      ? `${ms(ours.medianInPageMs)} median for a new query typed in the open page; ${ms(ours.medianWarmMs)} for a new navigation`
      : `${ms(ours.medianWarmMs)} median (new navigation)`,
    mark(verdict(ours.medianInPageMs ?? ours.medianWarmMs, TARGETS.searchWarmMs)),
  ]);
  rows.push([BYTES_9, kb(ours.firstQueryBytes), mark(verdict(ours.firstQueryBytes, TARGETS.searchFirstQueryBytes))]);
  return rows;
}

function layoutShiftRows(r) {
  return TARGETS.searchLayoutShiftWidths.map((width) => {
    const target = `No layout shift on the search page with a query at ${width} px: CLS ≤ ${TARGETS.searchLayoutShift} until results are shown (#19)`;
    if (!r.layoutShift) return [target, 'not measured: this run predates the layout-shift measurement', mark('not measured')];
    if (!r.layoutShift.available) return [target, r.layoutShift.reason, mark('not measured')];
    const w = r.layoutShift.widths.find((x) => x.width === width);
    if (!w) return [target, `not measured at ${width} px in this run`, mark('not measured')];
    const failed = w.failures ? `; ${w.failures} of ${w.loads.length} loads showed no result` : '';
    return [
      target,
      `${cls(w.maxCls)} worst, ${cls(w.medianCls)} median over ${w.loads.length} loads${failed}`,
      mark(unlessFailed(w.failures, verdict(w.maxCls, TARGETS.searchLayoutShift))),
    ];
  });
}

function scaleRows(r) {
  const n = TARGETS.scaleN.toLocaleString('en');
  const BUILD = `${n} reports built in ≤ ${TARGETS.scaleBuildMs / 60_000} min on this machine (#19)`;
  const MEMORY = `… peak memory ≤ ${TARGETS.scalePeakBytes / 2 ** 30} GB (#19)`;
  const SEARCH = `… search at that size ≤ ${s(TARGETS.scaleSearchColdMs)} cold, ours, median (stock UI beside; #19)`;
  const big = r.scale.find((x) => x.n === TARGETS.scaleN);
  if (!big || big.notMeasured) {
    const why = big?.reason ?? `N=${n} was not in BENCH_SCALE`;
    // A smaller archive that already goes over the memory target settles that verdict without the big build.
    const over = r.scale.find((x) => !x.notMeasured && x.build.peakRssBytes > TARGETS.scalePeakBytes);
    return [
      [BUILD, why, mark('not measured')],
      over
        ? [MEMORY, `${why}; already N=${over.n.toLocaleString('en')} peaked at ${mb(over.build.peakRssBytes)}`, mark('missed')]
        : [MEMORY, why, mark('not measured')],
      [SEARCH, why, mark('not measured')],
    ];
  }
  const ours = big.search?.ours;
  const stock = big.search?.stock;
  const afterDcl = ours?.medianColdAfterDclMs === undefined ? '' : ` (${ms(ours.medianColdAfterDclMs)} after DOMContentLoaded)`;
  const stockBeside = stock?.available ? `; stock UI ${ms(stock.medianColdMs)}` : '';
  const failures = ours?.coldFailures ?? 0;
  return [
    [BUILD, s(big.build.wallMs), mark(verdict(big.build.wallMs, TARGETS.scaleBuildMs))],
    [MEMORY, `${mb(big.build.peakRssBytes)}${peakParts(big.build)}`, mark(verdict(big.build.peakRssBytes, TARGETS.scalePeakBytes))],
    ours?.available
      ? [
          SEARCH,
          `${ms(ours.medianColdMs)}${afterDcl}${stockBeside}${failures ? `; ${failures} loads showed no result` : ''}`,
          mark(unlessFailed(failures, verdict(ours.medianColdMs, TARGETS.scaleSearchColdMs))),
        ]
      : [SEARCH, ours?.reason ?? 'not available', mark('not measured')],
  ];
}

export function targetRows(r) {
  return [
    ...pageRows(r),
    ...searchRows(r),
    ...layoutShiftRows(r),
    [
      'Real archive built in < 15 s',
      `${s(r.realBuild.medianWallMs)} (median of ${r.realBuild.runs.length})`,
      mark(verdict(r.realBuild.medianWallMs, TARGETS.realBuildMs, { strict: true })),
    ],
    ...scaleRows(r),
  ];
}
