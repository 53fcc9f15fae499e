#!/usr/bin/env node
/**
 * `npm start`: build the archive when dist/ is missing or older than its content or code, then serve it.
 * Arguments go to the server (scripts/static-server.mjs): `npm start -- --port 8080 --base /archive/`.
 */
import './check-node.mjs';
import { spawnSync } from 'node:child_process';
import { staleReason } from './site-freshness.mjs';

const reason = staleReason();
if (reason) {
  console.log(`Building the archive first (npm run build): ${reason}.`);
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const serve = spawnSync(process.execPath, ['scripts/static-server.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(serve.status ?? 0);
