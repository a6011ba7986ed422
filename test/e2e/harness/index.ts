/**
 * The e2e harness: start the site server, launch a browser with the built extension,
 * and run the same spec in Chromium and Firefox. Specs call `forEachBrowser`.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { SiteServer } from './site-server';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, ExtensionBrowser, TestPage } from './types';

export { SiteServer } from './site-server';
export type { BrowserName, ExtensionBrowser, TestPage } from './types';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export async function launch(name: BrowserName, proxyPort: number): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium({ proxyPort }) : launchFirefox({ proxyPort });
}

export interface E2EContext {
  readonly server: SiteServer;
  readonly browser: ExtensionBrowser;
}

/**
 * Declares `specs` once per browser. `setup` registers the pages the specs visit. The
 * context object is filled in before the first test runs.
 */
export function forEachBrowser(title: string, setup: (server: SiteServer) => void, specs: (ctx: E2EContext) => void): void {
  for (const name of BROWSERS) {
    describe(`${title} [${name}]`, () => {
      const ctx = {} as { server: SiteServer; browser: ExtensionBrowser };
      beforeAll(async () => {
        ctx.server = new SiteServer();
        setup(ctx.server);
        await ctx.server.start();
        ctx.browser = await launch(name, ctx.server.port);
      });
      afterAll(async () => {
        await ctx.browser?.close();
        await ctx.server?.stop();
      });
      specs(ctx);
    });
  }
}

/** Polls `predicate` in the page until it returns true or `timeout` ms pass. */
export async function waitInPage<A>(page: TestPage, predicate: (arg: A) => boolean, arg?: A, timeout = 5_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await page.evaluate(predicate, arg as A)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${predicate.toString().slice(0, 120)}`);
}

/** Polls an async check in Node until it returns a value other than undefined. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeout = 5_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeout} ms${last ? `: ${String(last)}` : ''}`);
}

export const warningCount = (kind: string): number => document.querySelectorAll(`[data-kaspersky-warning="${kind}"]`).length;

/** Hosts the browsers themselves call (updates, accounts, telemetry): not the extension's traffic. */
export const BROWSER_HOSTS = /(^|\.)(mozilla\.(com|org|net)|firefox\.com|mozaws\.net|mozgcp\.net|google\.com|googleapis\.com|gstatic\.com|gvt1\.com|chrome\.com)$/;
