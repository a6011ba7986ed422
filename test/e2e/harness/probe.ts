/**
 * Both browsers reach extension APIs the same way in tests: through a "probe" tab that
 * shows one of the extension's own pages, where `chrome`/`browser` are available.
 * New tabs are identified by the tab ids that appear when they open.
 */
import type { TestPage } from './types';

export interface ProbeRunner {
  run<T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
}

declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> }; action: { getBadgeText(d: { tabId: number }): Promise<string> } };

export async function tabIds(probe: ProbeRunner): Promise<number[]> {
  return probe.run(async () => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    return (await api.tabs.query({})).map((tab) => tab.id ?? -1);
  });
}

export async function newTabId(probe: ProbeRunner, before: number[], attempts = 50): Promise<number> {
  for (let i = 0; i < attempts; i += 1) {
    const fresh = (await tabIds(probe)).filter((id) => !before.includes(id));
    if (fresh.length === 1) return fresh[0]!;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('could not identify the new tab');
}

export async function readBadge(probe: ProbeRunner, tabId: number): Promise<string> {
  return probe.run(async (id: number) => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    return api.action.getBadgeText({ tabId: id });
  }, tabId);
}

/** Opens a new tab through the driver, learns its tab id, and navigates it if a URL is given. */
export async function openTrackedTab<P>(
  probe: ProbeRunner,
  newPage: () => Promise<P>,
  wrap: (page: P, tabId: number) => TestPage,
  url?: string,
): Promise<TestPage> {
  const before = await tabIds(probe);
  const page = await newPage();
  const wrapped = wrap(page, await newTabId(probe, before));
  if (url) await wrapped.goto(url);
  return wrapped;
}
