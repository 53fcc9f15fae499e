/**
 * The bench-only page that mounts Pagefind's stock UI (@pagefind/default-ui)
 * on the same dist/pagefind index as our search page. Written to a scratch
 * overlay directory served under /__bench/stock-ui/, never into dist/. The
 * package ships an unminified ES module, so it is minified with esbuild (as
 * any bundler would) to compare like with like. A ?q= in the URL starts a search.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';

const PKG = 'node_modules/@pagefind/default-ui';

export function stockUiVersion() {
  return JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8')).version;
}

/**
 * Write the page into overlayDir/stock-ui/; lang must equal our page's <html lang> so Pagefind picks the same index.
 * bundlePaths: the index shards (root-relative, the primary first), merged as Pagefind documents.
 */
export async function writeStockUiPage(overlayDir, lang, bundlePaths = ['pagefind/']) {
  const dir = join(overlayDir, 'stock-ui');
  mkdirSync(dir, { recursive: true });
  const source = readFileSync(join(PKG, 'npm_dist/mjs/ui-core.mjs'), 'utf8');
  const { code } = await transform(source, { format: 'esm', minify: true, target: 'es2022' });
  writeFileSync(join(dir, 'ui.js'), code);
  const css = await transform(readFileSync(join(PKG, 'css/ui.css'), 'utf8'), { loader: 'css', minify: true });
  writeFileSync(join(dir, 'ui.css'), css.code);
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Pagefind stock UI (benchmark)</title>
<link rel="stylesheet" href="ui.css"></head>
<body><main><h1>Pagefind stock UI</h1><div id="search"></div></main>
<script type="module">
import { PagefindUI } from './ui.js';
const ui = new PagefindUI({ element: '#search', bundlePath: '/${bundlePaths[0]}', mergeIndex: ${JSON.stringify(bundlePaths.slice(1).map((p) => ({ bundlePath: `/${p}` })))}, showSubResults: true, showImages: false, debounceTimeoutMs: 0 });
const q = new URLSearchParams(location.search).get('q');
if (q) ui.triggerSearch(q);
</script></body></html>
`,
  );
  return '__bench/stock-ui/';
}
