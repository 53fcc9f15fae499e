/**
 * Search speed in real Chromium: for each query of a fixed list, time from
 * navigation start to the first result link on the page, cold (fresh browser
 * context, empty cache) and warm (same context, after another query primed the
 * HTTP cache), and the bytes transferred (all requests, and Pagefind's alone).
 * "In page" is what a reader typing a new query waits for: the page is open with
 * results for another query, the new one is typed (and Enter pressed), and the
 * time runs until the result list has changed — no navigation, engine warm.
 * Works for any search page that takes ?q=: ours and the stock UI.
 */
import { progress } from './progress.mjs';

/** Fixed queries: words and names from both reports. */
export const QUERIES = ['峰会', '阿斯塔纳', '中国—中亚精神', '合作', '丝绸之路', '托卡耶夫'];

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
  const ms = await page.evaluate(() => window.__firstResultMs);
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.close();
  return { ms: Math.round(ms), bytes: server.sent.total, pagefindBytes: server.sent.pagefind, requests: server.sent.requests };
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

const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

/** Measure one search UI served by server (bench-server.mjs): pageUrl without query, selector of a result link. */
export async function measureSearch(browser, server, { name, pageUrl, selector, input, queries = QUERIES, timeoutMs = 15000 }) {
  const perQuery = [];
  for (const [i, q] of queries.entries()) {
    const url = `${pageUrl}?q=${encodeURIComponent(q)}`;
    const coldContext = await browser.newContext();
    const cold = await measureNavigation(coldContext, server, url, selector, timeoutMs);
    await coldContext.close();
    const warmContext = await browser.newContext();
    const other = queries[(i + 1) % queries.length];
    await measureNavigation(warmContext, server, `${pageUrl}?q=${encodeURIComponent(other)}`, selector, timeoutMs);
    const warm = await measureNavigation(warmContext, server, url, selector, timeoutMs);
    const inPage = input ? await measureInPage(warmContext, server, pageUrl, other, q, selector, input, timeoutMs) : null;
    await warmContext.close();
    perQuery.push({ query: q, cold, warm, inPage });
    progress(
      `  ${name} "${q}": cold ${cold.ms ?? '—'} ms / ${cold.bytes ?? '—'} B, warm ${warm.ms ?? '—'} ms / ${warm.bytes ?? '—'} B, in page ${inPage?.ms ?? '—'} ms`,
    );
  }
  return {
    perQuery,
    medianColdMs: median(perQuery.map((r) => r.cold.ms)),
    medianWarmMs: median(perQuery.map((r) => r.warm.ms)),
    medianInPageMs: median(perQuery.map((r) => r.inPage?.ms ?? null)),
    maxColdMs: Math.max(...perQuery.map((r) => r.cold.ms ?? Infinity)),
    firstQueryBytes: perQuery[0].cold.bytes,
    firstQueryPagefindBytes: perQuery[0].cold.pagefindBytes,
    medianColdBytes: median(perQuery.map((r) => r.cold.bytes)),
    medianWarmBytes: median(perQuery.map((r) => r.warm.bytes)),
  };
}
