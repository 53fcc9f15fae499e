/**
 * The Content-Security-Policy every page declares in a <meta http-equiv>: only
 * the page's own origin, no inline script or style, nothing embedded elsewhere.
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine.
 * frame-ancestors, report-uri and sandbox are ignored in a meta tag, so they are left out.
 */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * The policy, optionally allowing extra inline scripts by their SHA-256 hash
 * (only the 404 page uses this: see not-found.ts).
 */
export function contentSecurityPolicy(scriptHashes: string[] = []): string {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes.map((h) => `'${h}'`)].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** The CSP source expression hash ("sha256-…") of an inline script's exact text. */
export async function cspHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256-${Buffer.from(digest).toString('base64')}`;
}

/** Inline code that this policy would block in an HTML document: inline <script> bodies, on* handlers, style attributes and <style> elements. */
export function inlineCodeIn(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    // JSON data blocks are never executed, so the policy does not apply to them; import maps are inline script.
    const isData = /\btype=["']?application\/(ld\+)?json/i.test(attrs);
    if (!/\bsrc=/i.test(attrs) && !isData && (m[2] ?? '').trim() !== '') found.push(`inline <script${attrs}>`);
  }
  for (const m of html.matchAll(/<[a-z][^>]*\s(on[a-z]+)=/gi)) found.push(`event handler attribute ${m[1]}`);
  for (const m of html.matchAll(/<[a-z][^>]*\sstyle=["']([^"']*)["']/gi)) found.push(`style attribute "${m[1]}"`);
  for (const _m of html.matchAll(/<style\b/gi)) found.push('inline <style> element');
  return found;
}
