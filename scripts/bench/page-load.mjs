/**
 * What a page costs in the browser on load: JavaScript executed (Chromium
 * precise coverage: bytes loaded and bytes of functions that ran), bytes
 * transferred, and — for article pages — the article's own text (headline,
 * section headings and paragraphs, without interface elements marked
 * data-nontext), so the weight beyond the text can be computed.
 */
export async function measurePageLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let transferred = 0;
  cdp.on('Network.loadingFinished', (e) => (transferred += e.encodedDataLength));
  await page.coverage.startJSCoverage({ resetOnNavigation: false, reportAnonymousScripts: true });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const coverage = await page.coverage.stopJSCoverage();
  let loaded = 0;
  let executed = 0;
  for (const script of coverage) {
    loaded += Buffer.byteLength(script.source ?? '');
    // Bytes covered by functions that ran at least once (outermost ranges with count > 0).
    const ranges = script.functions.flatMap((f) => f.ranges).filter((r) => r.count > 0);
    const covered = new Set();
    for (const r of ranges) for (let i = r.startOffset; i < r.endOffset; i++) covered.add(i);
    executed += Buffer.byteLength(
      (script.source ?? '')
        .split('')
        .filter((_, i) => covered.has(i))
        .join(''),
    );
  }
  const ownText = await page.evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    const parts = [...main.querySelectorAll('h1, h2, [data-para]')].map((el) => {
      const copy = el.cloneNode(true);
      copy.querySelectorAll('[data-nontext]').forEach((n) => n.remove());
      return copy.textContent.trim();
    });
    return parts.join('\n');
  });
  await context.close();
  return { jsLoadedBytes: loaded, jsExecutedBytes: executed, scripts: coverage.length, transferredBytes: transferred, ownText };
}
