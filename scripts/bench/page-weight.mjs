/**
 * Bytes of one built page as a browser would fetch it: the HTML, the
 * stylesheets it links and the scripts it loads (external files, resolved
 * against the page), each raw, gzip and brotli.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { addSizes, sizes } from './compressed-sizes.mjs';

function linked(html, pattern) {
  return [...html.matchAll(pattern)].map((m) => m[1]).filter((href) => !/^[a-z]+:/i.test(href));
}

export function pageWeight(page, distDir) {
  const html = readFileSync(page.file, 'utf8');
  const fileOf = (href) => resolve(dirname(page.file), href.split(/[?#]/)[0]);
  const css = linked(html, /<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g).map(fileOf);
  const js = [
    ...linked(html, /<script\b[^>]*\bsrc="([^"]+)"/g),
    ...linked(html, /<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map(fileOf);
  const read = (files) => files.filter((f) => f.startsWith(resolve(distDir)) && existsSync(f)).map((f) => sizes(readFileSync(f)));
  // Inline scripts that run (not data blocks such as JSON-LD).
  const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="(?!module|text\/javascript)[^"]*"/.test(m[1]))
    .map((m) => m[2])
    .join('');
  const result = {
    html: sizes(html),
    css: addSizes(...read(css)),
    js: addSizes(...read(js)),
    inlineJs: sizes(inlineScripts),
    files: { css: css.map((f) => f.slice(resolve(distDir).length)), js: js.map((f) => f.slice(resolve(distDir).length)) },
  };
  result.total = addSizes(result.html, result.css, result.js);
  return result;
}
