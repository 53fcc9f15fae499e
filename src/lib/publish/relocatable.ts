/**
 * Guards for a relocatable dist/: references that would only work when the
 * archive is served at the host root. The build fails when it finds one.
 */

/** Quoted site-root references to built assets ("/_astro/…", "/pagefind/…") inside a JavaScript chunk. */
export function rootAssetReferencesInJs(js: string): string[] {
  return [...js.matchAll(/(["'`])(\/(?:_astro|pagefind)\/[^"'`\s]*)\1/g)].map((m) => m[2]!);
}

/** Attributes in built HTML that still point at the host root ("/…" but not "//…"). */
export function rootReferencesInHtml(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|action|poster|srcset|data-root-url)=(["'])(\/(?!\/)[^"']*)\1/g)].map((m) => m[2]!);
}
