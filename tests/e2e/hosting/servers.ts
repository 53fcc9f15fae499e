/**
 * Real static servers for the hosting matrix, started by the tests themselves:
 * Python's http.server, nginx and busybox httpd, each serving the same dist/
 * either at the root or under a sub-path (a temp tree with a symlink to dist/).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SUB_PATH = '/mirror/summit-archive/';
export type ServerKind = 'python' | 'nginx' | 'busybox';

export interface RunningServer {
  /** Where the archive is served, ending in "/". */
  base: string;
  stop: () => Promise<void>;
}

/** A temp folder whose tree serves dist/ at `mount` ("/" or a sub-path) through a symlink. */
function docRoot(dist: string, mount: string): { dir: string; tmp: string } {
  const tmp = mkdtempSync(join(tmpdir(), 'archive-host-'));
  if (mount === '/') {
    symlinkSync(dist, join(tmp, 'site'));
    return { dir: join(tmp, 'site'), tmp };
  }
  const parent = join(tmp, 'site', ...mount.split('/').filter(Boolean).slice(0, -1));
  mkdirSync(parent, { recursive: true });
  symlinkSync(dist, join(parent, mount.split('/').filter(Boolean).at(-1)!));
  return { dir: join(tmp, 'site'), tmp };
}

async function waitForHttp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${log()}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not answer within 10 s: ${log()}`);
}

function nginxConfig(dir: string, tmp: string, port: number, mount: string): string {
  return `daemon off;
worker_processes 1;
user root;
pid ${tmp}/nginx.pid;
error_log ${tmp}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  types { application/wasm wasm; application/atom+xml xml; }
  access_log off;
  client_body_temp_path ${tmp}/body;
  proxy_temp_path ${tmp}/proxy;
  fastcgi_temp_path ${tmp}/fastcgi;
  uwsgi_temp_path ${tmp}/uwsgi;
  scgi_temp_path ${tmp}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${dir};
    index index.html;
    absolute_redirect off;
    error_page 404 ${mount}404.html;
  }
}
`;
}

export async function startServer(kind: ServerKind, dist: string, port: number, mount: string): Promise<RunningServer> {
  const { dir, tmp } = docRoot(resolve(dist), mount);
  let output = '';
  let child: ChildProcess;
  if (kind === 'python') {
    child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], { stdio: 'pipe' });
  } else if (kind === 'nginx') {
    const conf = join(tmp, 'nginx.conf');
    writeFileSync(conf, nginxConfig(dir, tmp, port, mount));
    child = spawn('nginx', ['-c', conf, '-p', tmp, '-e', join(tmp, 'error.log')], { stdio: 'pipe' });
  } else {
    const conf = join(tmp, 'httpd.conf');
    writeFileSync(
      conf,
      `E404:${join(dir, ...mount.split('/').filter(Boolean), '404.html')}\n.wasm:application/wasm\n.svg:image/svg+xml\n.js:text/javascript\n.xml:application/xml\n.css:text/css\n`,
    );
    child = spawn('busybox', ['httpd', '-f', '-p', `127.0.0.1:${port}`, '-h', dir, '-c', conf], { stdio: 'pipe' });
  }
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}${mount}`;
  await waitForHttp(base, child, () => output);
  return {
    base,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
