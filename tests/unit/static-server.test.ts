/**
 * The static server behind `npm start` and the browser tests (scripts/static-server.mjs), probed
 * with raw HTTP requests on a small fixture site: every request that once knocked the hand-written
 * server over or sent readers off-site, symlinks out of the served folder, read errors, aborted
 * downloads, MIME types, root and sub-path mounts, and a taken port.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHandler, startServer } from '../../scripts/static-server.mjs';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with the path sent exactly as written (no client-side normalisation). */
function get(port: number, path: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, agent: false }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Start a download of path and drop the connection as soon as the first bytes arrive. */
function abortDownload(port: number, path: string): Promise<void> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      res.once('data', () => {
        req.destroy();
        resolve();
      });
    });
    req.on('error', () => resolve());
    req.end();
  });
}

const openFiles = () => readdirSync('/proc/self/fd').length;

let work: string;
let site: string;
const servers: Server[] = [];

async function serve(options: { dir?: string; base?: string } = {}) {
  const { server } = await startServer({ dir: options.dir ?? site, base: options.base ?? '/', port: 0 });
  servers.push(server);
  return (server.address() as { port: number }).port;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'static-server-'));
  site = join(work, 'dist');
  const outside = join(work, 'outside');
  mkdirSync(join(site, 'zh-hans'), { recursive: true });
  mkdirSync(join(site, '中'), { recursive: true });
  mkdirSync(join(site, 'pagefind'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(site, '404.html'), '<!doctype html><title>not found page</title>');
  writeFileSync(join(site, 'zh-hans', 'index.html'), '<!doctype html><title>zh-hans</title>');
  writeFileSync(join(site, '中', 'index.html'), '<!doctype html><title>zhong</title>');
  writeFileSync(join(site, 'pagefind', 'pagefind.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d]));
  writeFileSync(join(site, 'pagefind', 'pagefind.js'), 'export {};');
  writeFileSync(join(site, 'sitemap.xml'), '<?xml version="1.0"?><urlset/>');
  writeFileSync(join(site, 'feed.xml'), '<?xml version="1.0"?><feed/>');
  writeFileSync(join(site, 'citation.bib'), '@article{x}');
  writeFileSync(join(site, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(site, 'style.css'), 'body{}');
  writeFileSync(join(site, 'big.bin'), Buffer.alloc(4 * 1024 * 1024, 1));
  writeFileSync(join(outside, 'secret.txt'), 'SECRET OUTSIDE THE SITE');
  symlinkSync(join(outside, 'secret.txt'), join(site, 'leak.txt'));
  symlinkSync(outside, join(site, 'leakdir'));
  symlinkSync(join(site, 'zh-hans', 'index.html'), join(site, 'inside-link.html'));
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  rmSync(work, { recursive: true, force: true });
});

/** Where a redirect's Location leads, resolved the way a browser resolves it against the request URL. */
const target = (port: number, path: string, location: string) =>
  new URL(location, `http://127.0.0.1:${port}${path.startsWith('/') ? '' : '/'}`);

describe('requests that knocked the old server over or sent readers elsewhere', () => {
  const probes = [
    '/%E4%B8%AD%2F..%2Fzh-hans', // non-Latin-1 character in a folder redirect (ERR_INVALID_CHAR)
    '/%E4%B8%AD', // a real folder whose name is not Latin-1
    '/%01%2F..%2Fzh-hans', // control character
    '/%2Fevil.example%2F..%2Fzh-hans', // open redirect through an encoded slash
    '/%5Cevil.example%2F..%2Fzh-hans', // … and an encoded backslash
    '//evil.example/../zh-hans',
    '/\\evil.example/../zh-hans',
    '/%2F%2Fevil.example',
    '/%E0%A4%A', // malformed escape
    '/zh-hans%00',
  ];

  test.each(probes)('%s: answered, any redirect stays on this origin, and the server still serves', async (path) => {
    const port = await serve();
    const answer = await get(port, path);
    expect(answer.status).toBeGreaterThanOrEqual(200);
    expect(answer.status).toBeLessThan(500);
    if (answer.headers.location) {
      const to = target(port, path, String(answer.headers.location));
      expect(to.origin).toBe(`http://127.0.0.1:${port}`);
    }
    expect((await get(port, '/')).status).toBe(200);
  });

  test('a folder named in Chinese redirects to its slash form, percent-encoded', async () => {
    const port = await serve();
    const answer = await get(port, '/%E4%B8%AD');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/%E4%B8%AD/');
    expect((await get(port, '/%E4%B8%AD/')).body).toContain('zhong');
  });
});

describe('symlinks and read errors', () => {
  test('a symlink to a file or folder outside the site is not followed', async () => {
    const port = await serve();
    for (const path of ['/leak.txt', '/leakdir/secret.txt', '/leakdir/']) {
      const answer = await get(port, path);
      expect(answer.status, path).toBe(404);
      expect(answer.body).not.toContain('SECRET');
    }
  });

  test('a symlink that stays inside the site is served', async () => {
    const port = await serve();
    expect((await get(port, '/inside-link.html')).body).toContain('zh-hans');
  });

  test('a file that fails to read gives a 500 and the server keeps serving', async () => {
    // /proc/<pid>/mem stats as a file but reading its first byte fails (EIO): a read error without root tricks.
    const handler = createHandler({ dir: '/proc/self' });
    const { createServer } = await import('node:http');
    const server = createServer(handler);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const answer = await get(port, '/mem');
    expect(answer.status).toBe(500);
    expect(answer.body).toBe('Internal server error');
    expect((await get(port, '/no-such-file')).status).toBe(404);
  });
});

describe('serving', () => {
  test('MIME types of the files an archive holds', async () => {
    const port = await serve();
    const types: Record<string, RegExp> = {
      '/pagefind/pagefind.wasm': /^application\/wasm/,
      '/pagefind/pagefind.js': /^text\/javascript/,
      '/sitemap.xml': /^application\/xml; charset=utf-8$/,
      '/feed.xml': /^application\/atom\+xml; charset=utf-8$/,
      '/citation.bib': /^text\/x-bibtex; charset=utf-8$/,
      '/favicon.svg': /^image\/svg\+xml/,
      '/style.css': /^text\/css/,
      '/': /^text\/html/,
    };
    for (const [path, type] of Object.entries(types)) expect((await get(port, path)).headers['content-type'], path).toMatch(type);
  });

  test('at the root: folders redirect to their slash form, misses get 404.html with status 404', async () => {
    const port = await serve();
    const redirect = await get(port, '/zh-hans?q=1');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/zh-hans/?q=1');
    expect((await get(port, '/zh-hans/')).body).toContain('zh-hans');
    const miss = await get(port, '/no/such/page');
    expect(miss.status).toBe(404);
    expect(miss.body).toContain('not found page');
    expect((await get(port, '/no/such/page', 'HEAD')).status).toBe(404);
  });

  test('under a sub-path: the mount and its folders redirect within it, anything outside is a 404', async () => {
    const port = await serve({ base: '/mirror/archive/' });
    expect((await get(port, '/mirror/archive')).headers.location).toBe('/mirror/archive/');
    expect((await get(port, '/mirror/archive/')).body).toContain('home');
    expect((await get(port, '/mirror/archive/zh-hans')).headers.location).toBe('/mirror/archive/zh-hans/');
    expect((await get(port, '/mirror/archive/zh-hans/')).body).toContain('zh-hans');
    expect((await get(port, '/zh-hans/')).status).toBe(404);
    expect((await get(port, '/mirror/archivezh-hans/')).status).toBe(404);
    const escape = await get(port, '/mirror/archive/%2F%2Fevil.example%2F..%2Fzh-hans');
    if (escape.headers.location) expect(target(port, '/', String(escape.headers.location)).origin).toBe(`http://127.0.0.1:${port}`);
  });

  test('ranges are served', async () => {
    const port = await serve();
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/style.css', headers: { Range: 'bytes=0-3' }, agent: false }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(answer.status).toBe(206);
    expect(answer.body).toBe('body');
  });

  test('2,000 aborted downloads leave the open-file count bounded', { timeout: 120_000 }, async () => {
    const port = await serve();
    const before = openFiles();
    for (let batch = 0; batch < 40; batch++) await Promise.all(Array.from({ length: 50 }, () => abortDownload(port, '/big.bin')));
    // Closing is asynchronous: give the server a moment to see the last resets.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(openFiles() - before).toBeLessThan(60);
    expect((await get(port, '/')).status).toBe(200);
  });

  test('a taken port is named with what to do', async () => {
    const port = await serve();
    await expect(startServer({ dir: site, port })).rejects.toThrow(new RegExp(`Port ${port} .*already in use.*--port`));
  });
});
