/**
 * The benchmark's static server: serves dist/ like a typical static host
 * (gzip for text, Cache-Control max-age, so "warm" means a primed HTTP cache) plus a
 * bench-only overlay under /__bench/ (the stock Pagefind UI page), which is
 * never written into dist/. It counts the body bytes it sends (after gzip), in
 * total and under /pagefind/, so transfers from workers are counted too.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { contentTypeOf } from '../mime-types.mjs';
import { join, normalize, resolve, sep } from 'node:path';

function resolveFile(root, pathname) {
  const file = join(root, normalize(pathname));
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  return file;
}

/** Serve distDir at / and overlayDir at /__bench/ on 127.0.0.1:port. */
export function startBenchServer({ distDir, overlayDir, port }) {
  const dist = resolve(distDir);
  const overlay = overlayDir ? resolve(overlayDir) : null;
  const sent = { total: 0, pagefind: 0, requests: 0 };
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    sent.requests++;
    const count = (chunk) => {
      const n = chunk ? Buffer.byteLength(chunk) : 0;
      sent.total += n;
      if (pathname.startsWith('/pagefind/')) sent.pagefind += n;
    };
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = (chunk, ...rest) => (count(chunk), write(chunk, ...rest));
    res.end = (chunk, ...rest) => (typeof chunk !== 'function' && count(chunk), end(chunk, ...rest));
    let decoded;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return res.writeHead(400).end();
    }
    const file =
      overlay && decoded.startsWith('/__bench/')
        ? resolveFile(overlay, decoded.slice('/__bench/'.length))
        : resolveFile(dist, decoded.slice(1));
    if (!file || !existsSync(file) || !statSync(file).isFile())
      return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    // Text is gzipped on the fly like any static host does; Pagefind's chunks are already compressed.
    const type = contentTypeOf(file);
    const textual = /^text\/|^application\/(json|xml|manifest\+json|x-bibtex)|^image\/svg\+xml/.test(type);
    const gzip = textual && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': 'public, max-age=600',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : { 'Content-Length': statSync(file).size }),
    });
    if (req.method === 'HEAD') return res.end();
    const stream = createReadStream(file);
    if (gzip) stream.pipe(createGzip()).pipe(res);
    else stream.pipe(res);
  });
  return new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      done({
        url: `http://127.0.0.1:${port}/`,
        sent,
        resetSent: () => Object.assign(sent, { total: 0, pagefind: 0, requests: 0 }),
        close: () => new Promise((c) => server.close(c)),
      }),
    );
  });
}
