/**
 * Real static servers for the hosting matrix, started by the tests from the very recipe files README shows
 * (docs/hosting/). A recipe names /srv/archive (the archive at the root of a site), /srv/www (a site holding
 * the archive under /mirror/summit-archive/) and port 8080; the harness copies dist/ into a temp folder laid
 * out the same way, swaps in that folder and a port of the test's range, and starts the server in the
 * foreground. Only what a recipe cannot know is added here: Apache's and nginx's top-level settings (pid,
 * logs, modules, which Debian keeps in apache2.conf / nginx.conf) and Caddy's admin endpoint (off, so
 * parallel servers never share its port). Nothing is installed or left behind. Every server runs as the
 * current user (nginx's workers too, by "user root" when that is root), except Apache's workers: Apache never
 * serves as root, so they run as www-data and read the copy, which is made world-readable for them.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const SUB_PATH = '/mirror/summit-archive/';
export const RECIPES_DIR = resolve('docs/hosting');
export const SERVER_KINDS = ['nginx', 'apache', 'apache-htaccess', 'caddy', 'lighttpd', 'busybox', 'python'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

export interface RunningServer {
  /** Where the archive is served, ending in "/". */
  base: string;
  stop: () => Promise<void>;
}

/** The recipe files of each server, for the root and the sub-path mount (paths under docs/hosting/). */
export const RECIPE_FILES: Record<ServerKind, { root: string[]; subPath: string[] }> = {
  nginx: { root: ['nginx.conf'], subPath: ['nginx-sub-path.conf'] },
  apache: { root: ['apache.conf'], subPath: ['apache-sub-path.conf'] },
  'apache-htaccess': { root: ['apache-htaccess.conf', 'apache.htaccess'], subPath: ['apache-htaccess.conf', 'apache-sub-path.htaccess'] },
  caddy: { root: ['Caddyfile'], subPath: ['Caddyfile-sub-path'] },
  lighttpd: { root: ['lighttpd.conf'], subPath: ['lighttpd-sub-path.conf'] },
  busybox: { root: ['busybox-httpd.conf'], subPath: ['busybox-httpd-sub-path.conf'] },
  python: { root: ['python-server.py'], subPath: ['python-server.py'] },
};

/** Each server's version as its own binary reports it (README names the tested ones). */
export function serverVersion(kind: ServerKind): string {
  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    return `${r.stdout ?? ''}${r.stderr ?? ''}`;
  };
  const first = (text: string, pattern: RegExp) => text.match(pattern)?.[0] ?? 'unknown version';
  switch (kind) {
    case 'nginx':
      return first(run('nginx', ['-v']), /nginx\/\S+/);
    case 'apache':
    case 'apache-htaccess':
      return first(run('apache2', ['-v']), /Apache\/\S+/);
    case 'caddy':
      return `Caddy ${first(run('caddy', ['version']), /v?\d+\.\d+\.\d+\S*/)}`;
    case 'lighttpd':
      return first(run('lighttpd', ['-v']), /lighttpd\/\S+/);
    case 'busybox':
      return first(run('busybox', []), /BusyBox v\S+/);
    case 'python':
      return first(run('python3', ['--version']), /Python \S+/);
  }
}

/** A recipe's text with its placeholders replaced; fails when one is missing, so a recipe edit cannot silently escape the tests. */
function fill(file: string, replacements: [string, string][]): string {
  let text = readFileSync(join(RECIPES_DIR, file), 'utf8');
  for (const [from, to] of replacements) {
    if (!text.includes(from))
      throw new Error(
        `docs/hosting/${file} no longer contains "${from}", which the hosting tests replace; update tests/e2e/hosting/servers.ts with the recipe`,
      );
    text = text.replaceAll(from, to);
  }
  return text;
}

async function waitForHttp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${log()}`);
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not answer within 15 s: ${log()}`);
}

/** A server left running by a crashed run would answer for the new one with its stale copy: refuse a taken port. */
async function assertPortFree(port: number): Promise<void> {
  const taken = await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' }).then(
    () => true,
    () => false,
  );
  if (taken)
    throw new Error(
      `port ${port} already answers (a server left by an earlier run?): stop that process, or set E2E_PORT to another range.`,
    );
}

const APACHE_MODULES = ['mpm_event', 'authz_core', 'dir', 'mime', 'filter', 'deflate', 'brotli'];

/** What Debian's apache2.conf provides around a site: modules, logs, pid, types, and its deny-everything default. */
function apacheMainConfig(tmp: string, port: number, site: string): string {
  const asRoot = process.getuid?.() === 0;
  return [
    ...APACHE_MODULES.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`),
    `DefaultRuntimeDir ${tmp}`,
    `PidFile ${tmp}/apache.pid`,
    `ErrorLog ${tmp}/error.log`,
    'LogLevel warn',
    'ServerName 127.0.0.1',
    `Listen 127.0.0.1:${port}`,
    'TypesConfig /etc/mime.types',
    'AccessFileName .htaccess',
    ...(asRoot ? ['User www-data', 'Group www-data'] : []),
    '<Directory />',
    '  AllowOverride None',
    '  Require all denied',
    '</Directory>',
    `Include ${site}`,
    '',
  ].join('\n');
}

/** What Debian's nginx.conf provides around a server block. */
function nginxMainConfig(tmp: string, site: string): string {
  return `daemon off;
worker_processes 1;
pid ${tmp}/nginx.pid;
error_log ${tmp}/error.log warn;
include /etc/nginx/modules-enabled/*.conf;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${tmp}/body;
  proxy_temp_path ${tmp}/proxy;
  fastcgi_temp_path ${tmp}/fastcgi;
  uwsgi_temp_path ${tmp}/uwsgi;
  scgi_temp_path ${tmp}/scgi;
  include ${site};
}
`;
}

/** Folders 755 and files 644 under `dir`, whatever the umask the copy was made with. */
function worldReadable(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) worldReadable(path);
    else chmodSync(path, 0o644);
  }
}

interface Launch {
  cmd: string;
  args: string[];
  env?: Record<string, string>;
}

/**
 * Starts `kind` from its recipe for `mount` on `port`. `variant` swaps more text in the recipe, for a test of
 * what a different (wrong) setting would do; each swapped text must be there.
 */
export async function startServer(
  kind: ServerKind,
  dist: string,
  port: number,
  mount: string,
  variant: [string, string][] = [],
): Promise<RunningServer> {
  await assertPortFree(port);
  const tmp = mkdtempSync(join(tmpdir(), `archive-host-${kind}-`));
  const atRoot = mount === '/';
  const srvArchive = join(tmp, 'archive');
  const srvWww = join(tmp, 'www');
  const archiveDir =
    kind === 'apache-htaccess' && atRoot ? srvWww : atRoot ? srvArchive : join(srvWww, ...mount.split('/').filter(Boolean));
  mkdirSync(dirname(archiveDir), { recursive: true, mode: 0o755 });
  cpSync(resolve(dist), archiveDir, { recursive: true });
  worldReadable(tmp);
  const [siteFile, htaccessFile] = RECIPE_FILES[kind][atRoot ? 'root' : 'subPath'];
  const paths: [string, string][] = atRoot && kind !== 'apache-htaccess' ? [['/srv/archive', srvArchive]] : [['/srv/www', srvWww]];
  const site = join(tmp, 'site.conf');

  let launch: Launch;
  switch (kind) {
    case 'nginx': {
      writeFileSync(site, fill(siteFile!, [...variant, ...paths, ['listen 8080;', `listen 127.0.0.1:${port};`]]));
      const main = join(tmp, 'nginx.conf');
      const asRoot = process.getuid?.() === 0;
      // Workers as the current user: the copy is readable by it whatever user nginx would pick.
      writeFileSync(main, (asRoot ? 'user root;\n' : '') + nginxMainConfig(tmp, site));
      launch = { cmd: 'nginx', args: ['-c', main, '-e', join(tmp, 'error.log')] };
      break;
    }
    case 'apache':
    case 'apache-htaccess': {
      writeFileSync(site, fill(siteFile!, [...variant, ...paths, ['<VirtualHost *:8080>', `<VirtualHost *:${port}>`]]));
      if (htaccessFile) {
        writeFileSync(join(archiveDir, '.htaccess'), readFileSync(join(RECIPES_DIR, htaccessFile), 'utf8'));
        chmodSync(join(archiveDir, '.htaccess'), 0o644);
      }
      const main = join(tmp, 'apache2.conf');
      writeFileSync(main, apacheMainConfig(tmp, port, site));
      launch = { cmd: 'apache2', args: ['-DFOREGROUND', '-f', main] };
      break;
    }
    case 'caddy': {
      // Caddy's admin endpoint is a global option (one fixed port by default): off, so servers run side by side.
      writeFileSync(site, '{\n\tadmin off\n}\n' + fill(siteFile!, [...variant, ...paths, [':8080 {', `http://127.0.0.1:${port} {`]]));
      launch = {
        cmd: 'caddy',
        args: ['run', '--adapter', 'caddyfile', '--config', site],
        env: { HOME: tmp, XDG_DATA_HOME: tmp, XDG_CONFIG_HOME: tmp },
      };
      break;
    }
    case 'lighttpd': {
      writeFileSync(
        site,
        fill(siteFile!, [...variant, ...paths, ['server.port = 8080', `server.port = ${port}\nserver.bind = "127.0.0.1"`]]),
      );
      launch = { cmd: 'lighttpd', args: ['-D', '-f', site] };
      break;
    }
    case 'busybox': {
      writeFileSync(site, fill(siteFile!, [...variant, ...paths]));
      launch = { cmd: 'busybox', args: ['httpd', '-f', '-p', `127.0.0.1:${port}`, '-h', atRoot ? srvArchive : srvWww, '-c', site] };
      break;
    }
    case 'python': {
      const notFound = atRoot ? [] : ['--not-found', `${mount}404.html`];
      launch = {
        cmd: 'python3',
        args: [join(RECIPES_DIR, siteFile!), String(port), '--bind', '127.0.0.1', '--directory', atRoot ? srvArchive : srvWww, ...notFound],
      };
      break;
    }
  }
  let output = '';
  // Debian installs nginx, apache2 and lighttpd in /usr/sbin, which a non-root PATH may lack.
  const env = { ...process.env, PATH: `${process.env.PATH ?? ''}:/usr/sbin:/sbin`, ...launch.env };
  const child = spawn(launch.cmd, launch.args, { stdio: 'pipe', env });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}${mount}`;
  const log = () => {
    let errors = '';
    try {
      errors = readFileSync(join(tmp, 'error.log'), 'utf8');
    } catch {}
    return `${output}${errors}`;
  };
  try {
    await waitForHttp(base, child, log);
  } catch (error) {
    child.kill('SIGTERM');
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
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
