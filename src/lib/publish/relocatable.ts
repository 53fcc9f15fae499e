/**
 * Guards for a relocatable dist/: references that would only work when the
 * archive is served at the host root. The build fails when it finds one. The
 * HTML guard checks the same attributes the rewrite covers (url/url-attributes.ts).
 */
import {
  URL_ATTRIBUTES,
  URL_LIST_ATTRIBUTES,
  isRootPath,
  mayHaveUrlList,
  srcsetCandidates,
  urlAttributePattern,
} from '../url/url-attributes.ts';

/** Quoted site-root references to built assets ("/_astro/…", "/pagefind/…") inside a JavaScript chunk. */
export function rootAssetReferencesInJs(js: string): string[] {
  return [...js.matchAll(/(["'`])(\/(?:_astro|pagefind)\/[^"'`\s]*)\1/g)].map((m) => m[2]!);
}

/**
 * URL attributes in built HTML that still point at the host root ("/…" but not "//…"), as written: a URL, or a
 * whole srcset value when any of its candidates does.
 */
export function rootReferencesInHtml(html: string): string[] {
  const found: { at: number; value: string }[] = [];
  for (const m of html.matchAll(urlAttributePattern(URL_ATTRIBUTES))) if (isRootPath(m[3]!)) found.push({ at: m.index, value: m[3]! });
  if (mayHaveUrlList(html))
    for (const m of html.matchAll(urlAttributePattern(URL_LIST_ATTRIBUTES)))
      if (srcsetCandidates(m[3]!).some((c) => isRootPath(c.url))) found.push({ at: m.index, value: m[3]! });
  return found.sort((a, b) => a.at - b.at).map((f) => f.value);
}
