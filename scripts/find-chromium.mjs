/**
 * Where the system Chromium is. Playwright must never download a browser
 * here, so tests launch an installed one: CHROMIUM_PATH wins, then the usual
 * install locations. Fails with instructions when none is found.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    [
      'No Chromium found for the browser tests (Playwright does not download browsers in this project).',
      'Install one, for example on Debian/Ubuntu:',
      '  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk',
      'or point CHROMIUM_PATH at an installed Chromium or Chrome binary.',
    ].join('\n'),
  );
}

/** Flags for a headless Chromium on a machine with no network beyond the local one. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
