/**
 * Both browsers reach extension APIs the same way in tests: through a "probe" tab that
 * shows one of the extension's own pages, where `chrome`/`browser` are available.
 * New tabs are identified by the tab ids that appear when they open.
 */
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
