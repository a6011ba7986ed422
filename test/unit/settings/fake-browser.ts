/**
 * An in-memory stand-in for the parts of `browser` the settings layer and the policy
 * wiring use: storage.local / storage.managed with onChanged, runtime events, tabs.create.
 * Tests install it with vi.mock('../../../src/platform/browser', ...).
 */
type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type ChangeListener = (changes: Changes, area: string) => void;
type Listener<A extends unknown[]> = (...args: A) => void;

class FakeEvent<A extends unknown[]> {
  readonly listeners = new Set<Listener<A>>();
  addListener(listener: Listener<A>): void {
    this.listeners.add(listener);
  }
  removeListener(listener: Listener<A>): void {
    this.listeners.delete(listener);
  }
  emit(...args: A): void {
    for (const listener of this.listeners) listener(...args);
  }
}

class FakeArea {
  readonly data = new Map<string, unknown>();
  writes = 0;
  constructor(
    private readonly name: string,
    private readonly changed: FakeEvent<[Changes, string]>,
  ) {}

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === undefined || keys === null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(wanted.filter((key) => this.data.has(key)).map((key) => [key, structuredClone(this.data.get(key))]));
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.writes += 1;
    const changes: Changes = {};
    for (const [key, value] of Object.entries(items)) {
      changes[key] = { oldValue: this.data.get(key), newValue: structuredClone(value) };
      this.data.set(key, structuredClone(value));
    }
    this.changed.emit(changes, this.name);
  }

  async remove(keys: string | string[]): Promise<void> {
    const changes: Changes = {};
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      if (!this.data.has(key)) continue;
      changes[key] = { oldValue: this.data.get(key) };
      this.data.delete(key);
    }
    if (Object.keys(changes).length > 0) this.changed.emit(changes, this.name);
  }
}

/** storage.managed: read-only for the extension; tests change the "policy" with `setPolicy`. */
class FakeManaged {
  policy: Record<string, unknown> | null = null;
  /** Makes get() hang, as storage.managed can at browser start. */
  hang = false;
  constructor(private readonly changed: FakeEvent<[Changes, string]>) {}

  get(): Promise<Record<string, unknown>> {
    if (this.hang) return new Promise(() => undefined);
    // Firefox rejects when there is no policy at all.
    return this.policy === null ? Promise.reject(new Error('Managed storage manifest not found')) : Promise.resolve(structuredClone(this.policy));
  }

  setPolicy(policy: Record<string, unknown> | null): void {
    const before = this.policy ?? {};
    this.policy = policy;
    const after = policy ?? {};
    const changes: Changes = {};
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) changes[key] = { oldValue: before[key], newValue: after[key] };
    this.changed.emit(changes, 'managed');
  }
}

export function createFakeBrowser() {
  const onChanged = new FakeEvent<[Changes, string]>();
  const created: Array<{ url: string }> = [];
  const fake = {
    storage: {
      onChanged: onChanged as unknown as { addListener(l: ChangeListener): void; removeListener(l: ChangeListener): void },
      local: new FakeArea('local', onChanged),
      managed: new FakeManaged(onChanged),
    },
    runtime: {
      onStartup: new FakeEvent<[]>(),
      onInstalled: new FakeEvent<[{ reason: string }]>(),
      getURL: (path: string) => `chrome-extension://test-id/${path}`,
    },
    management: {
      /** `admin` when installed by policy (force-install); `development` for an unpacked load. */
      installType: 'normal' as 'admin' | 'development' | 'normal' | 'sideload' | 'other',
      async getSelf() {
        return { installType: fake.management.installType };
      },
    },
    tabs: {
      create: async (options: { url: string }) => {
        created.push(options);
        return { id: created.length };
      },
    },
  };
  return { browser: fake, created, emitChange: onChanged };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

/** Lets queued promise callbacks (storage writes and their listeners) run. */
export async function settle(rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
