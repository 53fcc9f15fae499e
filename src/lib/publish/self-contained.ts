/**
 * Makes a built page need no other file to look right: its stylesheets become one <style> element (allowed
 * by its SHA-256 hash in the page's own Content-Security-Policy) and its icon a data: URL. The 404 page needs
 * this: a server shows it for a miss at any depth, where its relative stylesheet and icon URLs would point
 * into the missing folder and fail (a logged error each). The first stylesheet's path stays on <html> as
 * data-archive-probe, a file that exists only in this archive, for the page's script to find the root with.
 */
import { createHash } from 'node:crypto';

export interface SelfContainedResult {
  html: string;
  /** The style hash added to style-src ("sha256-…"). */
  styleHash: string;
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}=(["'])([^"']*)\\1`, 'i'))?.[2];

/**
 * `html` with its stylesheets and icon inlined; `readAsset` returns a file's text by its href as written in
 * the page (relative to the page). Throws, naming the page, when a stylesheet refers to other files or the
 * page has no policy to extend.
 */
export function selfContainedPage(html: string, page: string, readAsset: (href: string) => string): SelfContainedResult {
  const sheets: string[] = [];
  let out = html.replace(/<link\b[^>]*>/gi, (tag) => {
    const rel = attr(tag, 'rel')?.toLowerCase();
    const href = attr(tag, 'href');
    if (!href) return tag;
    if (rel === 'stylesheet') {
      sheets.push(href);
      return '';
    }
    if (rel === 'icon') {
      const type = attr(tag, 'type') ?? 'image/svg+xml';
      return tag.replace(href, `data:${type};base64,${Buffer.from(readAsset(href)).toString('base64')}`);
    }
    return tag;
  });
  if (!sheets.length) throw new Error(`${page}: no stylesheet to inline; the page cannot be made self-contained`);
  const css = sheets.map((href) => readAsset(href)).join('\n');
  const urls = [...css.matchAll(/url\(\s*["']?(?!data:)([^"')]+)/g)].map((m) => m[1]);
  if (urls.length) {
    throw new Error(
      `${page}: its stylesheets refer to ${urls.join(', ')}, which an inlined copy cannot reach at every depth; use data: URLs there`,
    );
  }
  const styleHash = `sha256-${createHash('sha256').update(css).digest('base64')}`;
  if (!/<meta http-equiv="Content-Security-Policy" content="[^"]*style-src 'self'/.test(out)) {
    throw new Error(`${page}: no Content-Security-Policy with style-src 'self' to allow the inlined style in`);
  }
  out = out
    .replace(/(<meta http-equiv="Content-Security-Policy" content="[^"]*style-src 'self')/, `$1 '${styleHash}'`)
    .replace('</head>', () => `<style>${css}</style></head>`)
    .replace(/<html\b/, () => `<html data-archive-probe="${sheets[0]}"`);
  return { html: out, styleHash };
}
