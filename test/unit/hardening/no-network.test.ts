/**
 * The extension sends nothing anywhere (README "Privacy"). The one exception is the
 * administrator's reportUrl, posted from src/background/report.ts only. This scans the
 * source for every way a script can reach the network or run code from strings, so a new
 * call site has to be a deliberate change here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SRC = resolve(ROOT, 'src');

/** Files allowed to use an API, with the reason. */
const ALLOWED: Record<string, readonly string[]> = {
  // POSTs warning events to the administrator's reportUrl, only when a policy sets one.
  fetch: ['src/background/report.ts'],
};

const NETWORK_APIS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon', 'RTCPeerConnection', 'WebTransport', 'importScripts'];
// Code from strings, and listeners that would open the background to other extensions or web pages.
const FORBIDDEN = [/\beval\s*\(/, /\bnew\s+Function\s*\(/, /\bonMessageExternal\b/, /\bonConnectExternal\b/, /\bsetTimeout\s*\(\s*['"`]/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Source without comments, so that prose about "fetching" does not count. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

describe('no network access of our own', () => {
  const files = sourceFiles(SRC).map((path) => ({ name: relative(ROOT, path), text: code(path) }));

  it('finds the source', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const api of NETWORK_APIS) {
    it(`${api} is used only where allowed`, () => {
      const pattern = new RegExp(`\\b${api}\\b`);
      const users = files.filter((file) => pattern.test(file.text)).map((file) => file.name);
      expect(users).toEqual(ALLOWED[api] ? users.filter((name) => ALLOWED[api]!.includes(name)) : []);
    });
  }

  it('no code from strings and no listeners for other extensions or web pages', () => {
    for (const file of files) for (const pattern of FORBIDDEN) expect(file.text, `${file.name} matches ${pattern}`).not.toMatch(pattern);
  });

  it('no remote URLs in script or style sources of extension pages', () => {
    const pages = readdirSync(SRC, { recursive: true }).map(String).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const html = readFileSync(join(SRC, page), 'utf8');
      expect(html, page).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=["']?(https?:)?\/\//i);
    }
  });
});
