/**
 * Search speed in real Chromium: for each query of a fixed list, time from
 * navigation start to the first result link on the page, and from the page's
 * DOMContentLoaded to it, cold (fresh browser context, empty cache; repeated
 * SEARCH_RUNS times per query) and warm (same context, after another query
 * primed the HTTP cache), and the bytes transferred (all requests, and
 * Pagefind's alone).
 * "In page" is what a reader typing a new query waits for: the page is open with
 * results for another query, the new one is typed (and Enter pressed), and the
 * time runs until the result list has changed — no navigation, engine warm.
 * Works for any search page that takes ?q=: ours and the stock UI.
 */
import { progress } from './progress.mjs';
import { afterDomContentLoaded, median, worst } from './stats.mjs';

/** Fixed queries: words and names from both reports. */
export const QUERIES = ['峰会', '阿斯塔纳', '中国—中亚精神', '合作', '丝绸之路', '托卡耶夫'];

/** Cold navigations per query and UI (BENCH_SEARCH_RUNS, default 3): the medians are taken over all of them. */
export const SEARCH_RUNS = positiveInteger('BENCH_SEARCH_RUNS', 3);

function positiveInteger(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${name}=${raw}: expected a whole number of runs, at least 1 (e.g. ${name}=1 for a quick check).`);
  return n;
}

// Records when the first element matching window.__resultSelector appears (ms since navigation start).
const OBSERVER = `(() => {
  const selector = ${'__SELECTOR__'};
  const check = () => {
    if (window.__firstResultMs === undefined && document.querySelector(selector)) window.__firstResultMs = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;

async function measureNavigation(context, server, url, selector, timeoutMs) {
  const page = await context.newPage();
  server.resetSent();
  await page.addInitScript(OBSERVER.replace('__SELECTOR__', JSON.stringify(selector)));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  try {
    await page.waitForFunction(() => window.__firstResultMs !== undefined, null, { timeout: timeoutMs });
  } catch {
    await page.close();
    return { ms: null, bytes: null, pagefindBytes: null, error: `no result within ${timeoutMs} ms` };
  }
  // Both in ms since navigation start; DOMContentLoaded is when the event began (the page's scripts have run).
  const timings = await page.evaluate(() => ({
    firstResultMs: window.__firstResultMs,
    domContentLoadedMs: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart,
  }));
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.close();
  const after = afterDomContentLoaded(timings);
  return {
    ms: Math.round(timings.firstResultMs),
    dclMs: timings.domContentLoadedMs === undefined ? null : Math.round(timings.domContentLoadedMs),
    afterDclMs: after === null ? null : Math.round(after),
    bytes: server.sent.total,
    pagefindBytes: server.sent.pagefind,
    requests: server.sent.requests,
  };
}

/** One query's cold navigations (each in a fresh context), summed up field by field: medians of times, the first run's bytes. */
async function measureCold(browser, server, url, selector, runs, timeoutMs) {
  const all = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    all.push(await measureNavigation(context, server, url, selector, timeoutMs));
    await context.close();
  }
  const measured = all.find((r) => r.ms !== null);
  return {
    summary: {
      ms: median(all.map((r) => r.ms)),
      dclMs: median(all.map((r) => r.dclMs ?? null)),
      afterDclMs: median(all.map((r) => r.afterDclMs ?? null)),
      bytes: measured?.bytes ?? null,
      pagefindBytes: measured?.pagefindBytes ?? null,
      requests: measured?.requests ?? null,
      ...(measured ? {} : { error: all[0]?.error }),
    },
    runs: all,
  };
}

/** Type a new query into a search page that already shows results; time until the result list changes. */
async function measureInPage(context, server, pageUrl, first, next, selector, input, timeoutMs) {
  const page = await context.newPage();
  await page.goto(`${pageUrl}?q=${encodeURIComponent(first)}`, { waitUntil: 'domcontentloaded' });
  try {
    await page.waitForSelector(selector, { timeout: timeoutMs });
    await page.waitForLoadState('networkidle').catch(() => {});
    server.resetSent();
    await page.evaluate((selector) => {
      const listed = () => [...document.querySelectorAll(selector)].map((a) => a.textContent).join('\n');
      const before = listed();
      window.__requeryMs = undefined;
      new MutationObserver((_, observer) => {
        if (listed() !== before && document.querySelector(selector)) {
          window.__requeryMs = performance.now() - window.__requeryStart;
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    }, selector);
    await page.evaluate(() => (window.__requeryStart = performance.now()));
    await page.fill(input, next);
    await page.press(input, 'Enter');
    await page.waitForFunction(() => window.__requeryMs !== undefined, null, { timeout: timeoutMs });
    const ms = await page.evaluate(() => window.__requeryMs);
    await page.waitForLoadState('networkidle').catch(() => {});
    return { ms: Math.round(ms), bytes: server.sent.total };
  } catch {
    return { ms: null, bytes: null, error: `no new results within ${timeoutMs} ms` };
  } finally {
    await page.close();
  }
}

/**
 * Measure one search UI served by server (bench-server.mjs): pageUrl without query, selector of a result link.
 * Cold medians (navigation → first result, DOMContentLoaded, DOMContentLoaded → first result) are over every cold
 * navigation of every query; a navigation that showed no result counts in coldFailures, not in the medians.
 */
export async function measureSearch(
  browser,
  server,
  { name, pageUrl, selector, input, queries = QUERIES, runs = SEARCH_RUNS, timeoutMs = 15000 },
) {
  const perQuery = [];
  for (const [i, q] of queries.entries()) {
    const url = `${pageUrl}?q=${encodeURIComponent(q)}`;
    const { summary: cold, runs: coldRuns } = await measureCold(browser, server, url, selector, runs, timeoutMs);
    const warmContext = await browser.newContext();
    const other = queries[(i + 1) % queries.length];
    await measureNavigation(warmContext, server, `${pageUrl}?q=${encodeURIComponent(other)}`, selector, timeoutMs);
    const warm = await measureNavigation(warmContext, server, url, selector, timeoutMs);
    const inPage = input ? await measureInPage(warmContext, server, pageUrl, other, q, selector, input, timeoutMs) : null;
    await warmContext.close();
    perQuery.push({ query: q, cold, coldRuns, warm, inPage });
    progress(
      `  ${name} "${q}": cold ${cold.ms ?? '—'} ms (${cold.afterDclMs ?? '—'} ms after DOMContentLoaded) / ${cold.bytes ?? '—'} B, warm ${warm.ms ?? '—'} ms / ${warm.bytes ?? '—'} B, in page ${inPage?.ms ?? '—'} ms`,
    );
  }
  const allCold = perQuery.flatMap((r) => r.coldRuns);
  const failures = allCold.filter((r) => r.ms === null).length;
  return {
    perQuery,
    coldRunsPerQuery: runs,
    coldFailures: failures,
    medianColdMs: median(allCold.map((r) => r.ms)),
    medianColdDclMs: median(allCold.map((r) => r.dclMs)),
    medianColdAfterDclMs: median(allCold.map((r) => r.afterDclMs)),
    medianWarmMs: median(perQuery.map((r) => r.warm.ms)),
    medianInPageMs: median(perQuery.map((r) => r.inPage?.ms ?? null)),
    // Of the navigations that showed a result; the report counts coldFailures as worse than any.
    maxColdMs: worst(allCold.map((r) => r.ms)),
    firstQueryBytes: perQuery[0].cold.bytes,
    firstQueryPagefindBytes: perQuery[0].cold.pagefindBytes,
    medianColdBytes: median(perQuery.map((r) => r.cold.bytes)),
    medianWarmBytes: median(perQuery.map((r) => r.warm.bytes)),
  };
}
