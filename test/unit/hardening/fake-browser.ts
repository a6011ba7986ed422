/**
 * An in-memory stand-in for the webextension `browser` object, enough to load the real
 * background script in a unit test: storage areas (with onChanged), action badge state,
 * tabs, runtime events and i18n. Namespaces the background does not use yet fall back to
 * inert events and functions, so a new listener elsewhere does not break these tests.
 */
type Listener = (...args: never[]) => unknown;

export interface FakeEvent {
  readonly listeners: Listener[];
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
  hasListener(listener: Listener): boolean;
}

function fakeEvent(): FakeEvent {
  const listeners: Listener[] = [];
  return {
    listeners,
    addListener: (listener) => void listeners.push(listener),
    removeListener: (listener) => {
      const index = listeners.indexOf(listener);
      if (index >= 0) listeners.splice(index, 1);
    },
    hasListener: (listener) => listeners.includes(listener),
  };
}

export interface FakeStorageArea {
  readonly data: Record<string, unknown>;
  get(keys?: string | string[] | Record<string, unknown> | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
}

function fakeStorageArea(name: string, changed: FakeEvent): FakeStorageArea {
  const data: Record<string, unknown> = {};
  const notify = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>): void => {
    for (const listener of changed.listeners) (listener as (c: typeof changes, area: string) => void)(changes, name);
  };
  // Values go through JSON like the real structured storage: callers never share objects with it.
  const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
  return {
    data,
    async get(keys) {
      if (keys === undefined || keys === null) return copy({ ...data });
      const wanted = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
      const result: Record<string, unknown> = {};
      for (const key of wanted) if (Object.hasOwn(data, key)) result[key] = copy(data[key]);
      return result;
    },
    async set(items) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data[key], newValue: copy(value) };
        data[key] = copy(value);
      }
      notify(changes);
    },
    async remove(keys) {
      const changes: Record<string, { oldValue?: unknown }> = {};
      for (const key of typeof keys === 'string' ? [keys] : keys) {
        if (Object.hasOwn(data, key)) changes[key] = { oldValue: data[key] };
        Reflect.deleteProperty(data, key);
      }
      if (Object.keys(changes).length > 0) notify(changes);
    },
    async clear() {
      for (const key of Object.keys(data)) Reflect.deleteProperty(data, key);
    },
  };
}

export const FAKE_EXTENSION_ID = 'fakeextensionidaaaaaaaaaaaaaaaaa';
export const FAKE_EXTENSION_BASE = `chrome-extension://${FAKE_EXTENSION_ID}/`;

/** Anything not modelled: property reads give more of the same, calls resolve to undefined, events are inert. */
function inert(): unknown {
  const target = (): Promise<undefined> => Promise.resolve(undefined);
  return new Proxy(target, {
    get(_target, property) {
      if (property === 'then') return undefined;
      if (property === 'addListener' || property === 'removeListener') return () => undefined;
      if (property === 'hasListener') return () => false;
      return inert();
    },
  });
}

export function createFakeBrowser() {
  const storageChanged = fakeEvent();
  const badges = new Map<number, string>();
  const titles = new Map<number, string>();
  const createdTabs: Array<{ url?: string }> = [];
  const tabs = new Map<number, { id: number; index: number; url: string }>();
  const modelled = {
    runtime: {
      id: FAKE_EXTENSION_ID,
      getURL: (path: string) => FAKE_EXTENSION_BASE + path.replace(/^\//, ''),
      getManifest: () => ({ manifest_version: 3, version: '0.0.0' }),
      onMessage: fakeEvent(),
      onInstalled: fakeEvent(),
      onStartup: fakeEvent(),
    },
    storage: {
      local: fakeStorageArea('local', storageChanged),
      session: fakeStorageArea('session', storageChanged),
      sync: fakeStorageArea('sync', storageChanged),
      // No policy: the real API rejects with "Managed storage manifest not found".
      managed: { get: () => Promise.reject(new Error('Managed storage manifest not found')) },
      onChanged: storageChanged,
    },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId?: number; text: string }) => void badges.set(tabId ?? -1, text),
      getBadgeText: async ({ tabId }: { tabId?: number }) => badges.get(tabId ?? -1) ?? '',
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async ({ tabId, title }: { tabId?: number; title: string }) => void titles.set(tabId ?? -1, title),
    },
    tabs: {
      get: async (tabId: number) => {
        const tab = tabs.get(tabId);
        if (!tab) throw new Error(`No tab with id: ${tabId}`);
        return tab;
      },
      query: async () => [...tabs.values()],
      create: async (properties: { url?: string }) => {
        createdTabs.push(properties);
        return { id: 1000 + createdTabs.length, index: 0, url: properties.url ?? '' };
      },
      onUpdated: fakeEvent(),
      onRemoved: fakeEvent(),
      onActivated: fakeEvent(),
    },
    i18n: {
      getMessage: (key: string) => key,
      getUILanguage: () => 'en-US',
    },
  };
  const browser = new Proxy(modelled, {
    get(target, property: string) {
      return property in target ? target[property as keyof typeof target] : inert();
    },
  });
  return { browser, badges, titles, createdTabs, tabs, storageChanged };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

/** One fake per test file: the mocked platform module and the test read the same instance. */
export const sharedFake = createFakeBrowser();

/** Route tables passed to the router's `listen`, recorded by tests that mock the router. */
export const recordedRoutes: Array<import('../../../src/background/router').Routes> = [];
