#!/usr/bin/env node
/**
 * A small static file server for dist/ (no dependencies): serves index.html
 * for directories, redirects "/dir" to "/dir/", answers 404 with 404.html,
 * and can mount the site under a sub-path to prove the archive is relocatable.
 *
 *   node scripts/static-server.mjs [--dir dist] [--port 4321] [--host 127.0.0.1] [--base /]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { contentTypeOf } from './mime-types.mjs';

export function startServer({ dir = 'dist', port = 4321, host = '127.0.0.1', base = '/' } = {}) {
  const root = resolve(dir);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    if (prefix !== '/' && pathname === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: prefix + url.search }).end();
      return;
    }
    if (!pathname.startsWith(prefix)) return notFound(res);
    const relativePath = normalize(pathname.slice(prefix.length));
    let file = join(root, relativePath);
    if (file !== root && !file.startsWith(root + sep)) return notFound(res);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) return notFound(res);
    res.writeHead(200, { 'Content-Type': contentTypeOf(file), 'Content-Length': statSync(file).size });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });

  function notFound(res) {
    const page = join(root, '404.html');
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    if (existsSync(page)) createReadStream(page).pipe(res);
    else res.end('Not found');
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise({ server, url: `http://${host}:${server.address().port}${prefix}` }));
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
  if (!existsSync(join(values.dir, 'index.html'))) {
    console.error(`No built site in ${values.dir}/. Run "npm run build" first.`);
    process.exit(1);
  }
  startServer({ ...values, port: Number(values.port) })
    .then(({ url }) => console.log(`Serving ${values.dir}/ at ${url}  (Ctrl+C to stop)`))
    .catch((error) => {
      console.error(error.code === 'EADDRINUSE' ? `Port ${values.port} is in use; try PORT=4322 npm start.` : error.message);
      process.exit(1);
    });
}
