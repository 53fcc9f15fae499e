/**
 * Layout shift of our search page opened with a query (`<page>?q=…`), as a reader arriving from the header box sees
 * it: cumulative layout shift (shifts not caused by input, from a buffered PerformanceObserver on `layout-shift`)
 * from navigation until the first result is shown, at each width, each load in a fresh browser context (cold).
 * Lighthouse loads the page without a query, so it never sees the results arrive; this does.
 */
import { progress } from './progress.mjs';
import { median, worst } from './stats.mjs';

// Shifts are reported after the frame they happen in: the total is read two frames after the first result appears.
const OBSERVER = `(() => {
  const selector = __SELECTOR__;
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector(selector)) {
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => (window.__clsAtResults = window.__cls)));
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

async function shiftOfOneLoad(browser, url, { width, height, selector, timeoutMs }) {
  const context = await browser.newContext({ viewport: { width, height } });
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVER.replace('__SELECTOR__', JSON.stringify(selector)));
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.__clsAtResults !== undefined, null, { timeout: timeoutMs });
    return { cls: await page.evaluate(() => window.__clsAtResults) };
  } catch {
    return { cls: null, error: `no result within ${timeoutMs} ms` };
  } finally {
    await context.close();
  }
}

/**
 * pageUrl without query; selector of a result link. Returns one entry per width with every load, the median and
 * the worst CLS, and how many loads showed no result (failures: they count as a miss in the report).
 */
export async function measureLayoutShift(browser, { pageUrl, selector, widths, queries, runs, height = 800, timeoutMs = 15000 }) {
  const out = [];
  for (const width of widths) {
    const loads = [];
    for (const query of queries)
      for (let i = 0; i < runs; i++) {
        const url = `${pageUrl}?q=${encodeURIComponent(query)}`;
        loads.push({ query, ...(await shiftOfOneLoad(browser, url, { width, height, selector, timeoutMs })) });
      }
    const values = loads.map((l) => l.cls);
    const result = {
      width,
      height,
      loads,
      medianCls: median(values),
      maxCls: worst(values),
      failures: values.filter((v) => v === null).length,
    };
    progress(
      `  layout shift at ${width} px: worst ${result.maxCls?.toFixed(4) ?? '—'}, median ${result.medianCls?.toFixed(4) ?? '—'} over ${loads.length} loads`,
    );
    out.push(result);
  }
  return out;
}
