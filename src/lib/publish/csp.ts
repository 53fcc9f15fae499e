import { createHash } from 'node:crypto';
import { HTML_SPACE } from '../url/url-attributes.ts';

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

/** A piece of inline code in an HTML document, in document order; `code` is the exact text a hash covers. */
export interface InlineCode {
  kind: 'script' | 'style' | 'event-handler' | 'style-attribute';
  /** Where and what, for a build error: 'inline <script type="importmap">', 'event handler attribute onclick'. */
  description: string;
  /** The text a CSP hash is computed over (inline <script> and <style> bodies only: attributes cannot be hashed without 'unsafe-hashes'). */
  code?: string;
}

// Attributes are separated by HTML's whitespace only (not \s: see url-attributes.ts).
const ANY_HANDLER = new RegExp(`${HTML_SPACE}on[a-z]+=`, 'i');
const HANDLERS = new RegExp(`<[a-z][^>]*${HTML_SPACE}(on[a-z]+)=`, 'gi');
const ANY_STYLE_ATTRIBUTE = new RegExp(`${HTML_SPACE}style=`, 'i');
const STYLE_ATTRIBUTES = new RegExp(`<[a-z][^>]*${HTML_SPACE}style=["']([^"']*)["']`, 'gi');

/** Inline code in an HTML document: inline <script> bodies, on* handlers, style attributes and <style> elements. */
export function inlineCode(html: string): InlineCode[] {
  const found: InlineCode[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    // JSON data blocks are never executed, so the policy does not apply to them; import maps are inline script.
    const isData = /\btype=["']?application\/(ld\+)?json/i.test(attrs);
    if (!/\bsrc=/i.test(attrs) && !isData && (m[2] ?? '').trim() !== '')
      found.push({ kind: 'script', description: `inline <script${attrs}>`, code: m[2] ?? '' });
  }
  // The tag patterns scan every tag of a long page; a page with no " on…=" or " style=" anywhere has none of them.
  if (ANY_HANDLER.test(html))
    for (const m of html.matchAll(HANDLERS)) found.push({ kind: 'event-handler', description: `event handler attribute ${m[1]}` });
  if (ANY_STYLE_ATTRIBUTE.test(html))
    for (const m of html.matchAll(STYLE_ATTRIBUTES)) found.push({ kind: 'style-attribute', description: `style attribute "${m[1]}"` });
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)(?:<\/style>|$)/gi))
    found.push({ kind: 'style', description: 'inline <style> element', code: m[1] ?? '' });
  return found;
}

/** Descriptions of the inline code in an HTML document (inlineCode), whatever the page's policy allows. */
export function inlineCodeIn(html: string): string[] {
  return inlineCode(html).map((c) => c.description);
}

/**
 * The hash sources ("sha256-…") each directive of the page's own Content-Security-Policy (its <meta http-equiv>)
 * lists, e.g. { 'script-src': ['sha256-…'] }; empty when the page declares none.
 */
export function policyHashes(html: string): Record<string, string[]> {
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const hashes: Record<string, string[]> = {};
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!name) continue;
    hashes[name] = sources.filter((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s)).map((s) => s.slice(1, -1));
  }
  return hashes;
}

/**
 * The CSP source expression hash of a text, computed synchronously (the build checks thousands of pages); `as` is
 * how the text holds its bytes: 'latin1' for a page read byte for byte (build/relocate-pages.ts).
 */
const sha256Source = (text: string, as: 'utf8' | 'latin1') => `sha256-${createHash('sha256').update(text, as).digest('base64')}`;

/**
 * Inline code the page's own policy would block: everything inlineCode finds, except an inline <script> or
 * <style> whose exact text has a SHA-256 hash that the page's script-src or style-src lists (the 404 page
 * allows its script and inlined styles so: not-found.ts, self-contained.ts). Attributes are always blocked.
 */
export function blockedInlineCode(html: string, as: 'utf8' | 'latin1' = 'utf8'): InlineCode[] {
  const allowed = policyHashes(html);
  const directive = { script: 'script-src', style: 'style-src' } as const;
  return inlineCode(html).filter((c) => {
    if (c.code === undefined || (c.kind !== 'script' && c.kind !== 'style')) return true;
    return !(allowed[directive[c.kind]] ?? []).includes(sha256Source(c.code, as));
  });
}
