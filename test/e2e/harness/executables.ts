import { existsSync } from 'node:fs';
import type { BrowserName } from './types';

const CANDIDATES: Record<BrowserName, { env: string; paths: string[]; install: string }> = {
  chromium: {
    env: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    install: 'apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium/Chrome executable)',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    install: 'apt-get install -y firefox-esr   (or set FIREFOX_PATH to a Firefox executable)',
  },
};

/** The browser executable to test with; throws with install instructions when none is found. */
export function browserExecutable(name: BrowserName): string {
  const { env, paths, install } = CANDIDATES[name];
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${env}=${fromEnv} does not exist. Install the browser: ${install}`);
  }
  const found = paths.find((path) => existsSync(path));
  if (!found) throw new Error(`No ${name} executable found (looked in ${paths.join(', ')}). Install it: ${install}`);
  return found;
}
