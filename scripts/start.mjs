#!/usr/bin/env node
/** `npm start`: build the archive when dist/ is missing, then serve it. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/index.html')) {
  console.log('dist/ is missing: building the archive first (npm run build)…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const serve = spawnSync(process.execPath, ['scripts/static-server.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(serve.status ?? 0);
