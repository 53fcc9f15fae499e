#!/usr/bin/env node
/**
 * The static server behind `npm start` and the browser tests: serves a built archive at the root
 * or mounted under a sub-path (to prove the archive is relocatable).
 *
 *   node scripts/static-server.mjs [--dir dist] [--port 4321] [--host 127.0.0.1] [--base /]
 *
 * Request handling is serve-static (the Express project's, on `send`): file lookup, ranges,
 * conditional GET, ETag/Last-Modified, MIME types (mime-db, with the hosting recipes' types on
 * top), and folder redirects whose
 * Location keeps the request's own (still percent-encoded) path with leading slashes collapsed,
 * so they never leave the origin and never carry a character a header cannot hold. It closes
 * the file when a client aborts. Chosen over sirv, which answers "/dir" without redirecting
 * (the archive's relative links need "/dir/") and, in production mode, lists the files once at
 * start (a rebuilt dist/ would be served stale); and over serve-handler, whose dependencies are
 * years old. Our glue: the sub-path mount, 404.html, and refusing symlinks that lead out of the
 * served folder (send follows them).
 */
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import serveStatic from 'serve-static';
import { contentTypeOf } from './mime-types.mjs';

/** "/", "archive", "/a/b/" → "/", "/archive/", "/a/b/". */
export const normalizeBase = (base) => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** Does the file or folder a decoded URL path names lie outside root, reached through a symlink? (A miss is not: serve-static answers 404.) */
function leavesRoot(realRoot, decodedPath) {
  let real;
  try {
    real = realpathSync(join(realRoot, decodedPath));
  } catch {
    return false;
  }
  return real !== realRoot && !real.startsWith(realRoot + sep);
}

/** The request handler: dir served at base; everything else (and any miss) gets 404.html with status 404. */
export function createHandler({ dir = 'dist', base = '/' } = {}) {
  const root = resolve(dir);
  const realRoot = realpathSync(root);
  const prefix = normalizeBase(base);
  const files = serveStatic(root, {
    index: ['index.html'],
    setHeaders(res, path) {
      // The hosting recipes' types (scripts/mime-types.mjs: a UTF-8 charset on every text type, Atom
      // feeds, BibTeX, RIS) win over mime-db's; what that table does not know keeps mime-db's type.
      const type = contentTypeOf(path);
      if (type !== 'application/octet-stream') res.setHeader('Content-Type', type);
    },
  });

  async function notFound(req, res, status = 404) {
    let page;
    try {
      page = await readFile(join(root, '404.html'));
    } catch {
      page = 'Not found';
    }
    if (res.headersSent) return res.destroy();
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(page) });
    res.end(req.method === 'HEAD' ? undefined : page);
  }

  function fail(res, error) {
    console.error(`static server: ${error.message}`);
    if (res.writableEnded) return;
    if (res.headersSent) return res.destroy();
    // send may have set the file's headers (Content-Length, ETag…) before the read failed.
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    const message = 'Internal server error';
    res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': message.length }).end(message);
  }

  return (req, res) => {
    // Browsers read a backslash in a Location as "/", and serve-static's redirect keeps one from the
    // request as it is, so "/\\evil.example/x" would redirect off-site: send it on percent-encoded.
    req.url = (req.url ?? '/').replaceAll('\\', '%5C');
    const rawPath = req.url.split('?')[0];
    if (prefix !== '/') {
      // The mount: "/base" and "/base/…" reach the files with the prefix taken off; serve-static reads
      // req.originalUrl for redirects, so "/base" becomes "/base/".
      const mount = prefix.slice(0, -1);
      if (rawPath !== mount && !rawPath.startsWith(prefix)) return notFound(req, res);
      req.originalUrl = req.url;
      req.url = req.url.slice(mount.length) || '/';
    }
    let decodedPath;
    try {
      decodedPath = decodeURIComponent(req.url.split('?')[0]);
    } catch {
      return notFound(req, res, 400);
    }
    if (leavesRoot(realRoot, decodedPath)) return notFound(req, res);
    files(req, res, (error) => (error ? fail(res, error) : notFound(req, res)));
  };
}

/** Listen on host:port; resolves with the server and its URL, rejects with a readable message when the port is taken. */
export function startServer({ dir = 'dist', port = 4321, host = '127.0.0.1', base = '/' } = {}) {
  const server = createServer(createHandler({ dir, base }));
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error) => {
      if (error.code === 'EADDRINUSE')
        error.message = `Port ${port} on ${host} is already in use (another server is running there); stop it, or choose another port: PORT=${Number(port) + 1} npm start, or --port ${Number(port) + 1}.`;
      reject(error);
    });
    server.listen(port, host, () => resolvePromise({ server, url: `http://${host}:${server.address().port}${normalizeBase(base)}` }));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      base: { type: 'string', default: '/' },
    },
  });
  let hasSite = true;
  try {
    realpathSync(join(values.dir, 'index.html'));
  } catch {
    hasSite = false;
  }
  if (!hasSite) {
    console.error(`No built site in ${values.dir}/ (no index.html). Run "npm run build" first, or "npm start", which builds.`);
    process.exit(1);
  }
  startServer({ ...values, port: Number(values.port) })
    .then(({ url }) => console.log(`Serving ${values.dir}/ at ${url}  (Ctrl+C to stop)`))
    .catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
}
