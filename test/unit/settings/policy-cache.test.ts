import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, settle } from './fake-browser';

const fake = vi.hoisted(() => ({ current: null as unknown as ReturnType<typeof import('./fake-browser').createFakeBrowser> }));
vi.mock('../../../src/platform/browser', () => ({
  get browser() {
    return fake.current.browser;
  },
  t: (key: string) => key,
  sendMessage: () => Promise.resolve(undefined),
}));

const store = await import('../../../src/settings/store');
const policy = await import('../../../src/background/policy');
type EffectiveSettings = import('../../../src/settings/resolve').EffectiveSettings;

beforeEach(() => {
  fake.current = createFakeBrowser();
});

describe('managed policy cache', () => {
  it('refreshManagedCache copies the policy into storage.local without touching the user layer', async () => {
    await store.saveUserSettings({ showNotices: false });
    fake.current.browser.storage.managed.policy = { mode: 'block', organizationName: 'Acme' };
    await store.refreshManagedCache();
    const settings = await store.loadSettings();
    expect(settings.values).toMatchObject({ mode: 'block', organizationName: 'Acme', showNotices: false });
    expect(settings.sources.showNotices).toBe('user');
    expect(fake.current.browser.storage.local.data.get(store.USER_SETTINGS_KEY)).toEqual({ showNotices: false });
    expect(await store.managedReadAt()).toBeTypeOf('number');
  });

  it('no policy (Firefox rejects) reads as an empty policy', async () => {
    await store.refreshManagedCache();
    expect(fake.current.browser.storage.local.data.get(store.MANAGED_CACHE_KEY)).toEqual({});
    expect((await store.loadSettings()).managed).toBe(false);
  });

  it('rewrites the cache only when the policy changed, so open pages are not re-run for nothing', async () => {
    fake.current.browser.storage.managed.policy = { mode: 'warn', excludedHosts: ['a.example'] };
    const seen: EffectiveSettings[] = [];
    store.onSettingsChanged((settings) => seen.push(settings));
    await store.refreshManagedCache();
    await settle();
    expect(seen).toHaveLength(1);
    fake.current.browser.storage.managed.policy = { excludedHosts: ['a.example'], mode: 'warn' };
    await store.refreshManagedCache();
    await settle();
    expect(seen).toHaveLength(1);
  });

  it('loadSettings never waits on storage.managed', async () => {
    fake.current.browser.storage.managed.hang = true;
    await fake.current.browser.storage.local.set({ [store.MANAGED_CACHE_KEY]: { mode: 'inform' } });
    const settings = await store.loadSettings();
    expect(settings.values.mode).toBe('inform');
  });

  it('readManagedPolicy gives up after its timeout', async () => {
    fake.current.browser.storage.managed.hang = true;
    expect(await store.readManagedPolicy(20)).toBeNull();
  });
});

describe('background policy wiring', () => {
  it('refreshes on worker start, and a live policy change reaches settings listeners', async () => {
    fake.current.browser.storage.managed.policy = { mode: 'warn' };
    policy.watchManagedPolicy();
    await settle();
    expect((await store.loadSettings()).values.mode).toBe('warn');

    const seen: EffectiveSettings[] = [];
    store.onSettingsChanged((settings) => seen.push(settings));
    fake.current.browser.storage.managed.setPolicy({ mode: 'off', organizationName: 'Acme' });
    await settle();
    expect(seen.at(-1)?.values).toMatchObject({ mode: 'off', organizationName: 'Acme' });
    expect(seen.at(-1)?.locked).toEqual(['mode', 'organizationName']);

    // The policy is withdrawn: back to defaults, user layer intact.
    await store.saveUserSettings({ confirmPurchases: false });
    fake.current.browser.storage.managed.setPolicy(null);
    await settle();
    const after = await store.loadSettings();
    expect(after.managed).toBe(false);
    expect(after.values.confirmPurchases).toBe(false);
  });

  it('refreshes at browser start-up', async () => {
    policy.watchManagedPolicy();
    await settle();
    fake.current.browser.storage.managed.policy = { mode: 'inform' };
    fake.current.browser.runtime.onStartup.emit();
    await settle();
    expect((await store.loadSettings()).values.mode).toBe('inform');
  });

  it('force-installed: opens the welcome page on install unless the policy says not to', async () => {
    fake.current.browser.management.installType = 'admin';
    await policy.handleInstalled({ reason: 'install', temporary: false }, 'welcome');
    expect(fake.current.created).toEqual([{ url: 'welcome' }]);

    fake.current = createFakeBrowser();
    fake.current.browser.management.installType = 'admin';
    fake.current.browser.storage.managed.policy = { showFirstRunPage: false };
    await policy.handleInstalled({ reason: 'install', temporary: false }, 'welcome');
    expect(fake.current.created).toEqual([]);

    fake.current = createFakeBrowser();
    fake.current.browser.management.installType = 'admin';
    await policy.handleInstalled({ reason: 'update', temporary: false, previousVersion: '0.0.1' }, 'welcome');
    expect(fake.current.created).toEqual([]);
  });

  it('installed by a person: the welcome page opens at once, without waiting on storage.managed', async () => {
    fake.current.browser.management.installType = 'normal';
    fake.current.browser.storage.managed.hang = true;
    await policy.handleInstalled({ reason: 'install', temporary: false }, 'welcome');
    expect(fake.current.created).toEqual([{ url: 'welcome' }]);
  });

  it('opens the welcome page when the policy cannot be read in time', async () => {
    fake.current.browser.storage.managed.hang = true;
    expect(await policy.shouldOpenFirstRunPage(20)).toBe(true);
  });

  it('an invalid showFirstRunPage value is ignored (page opens)', async () => {
    fake.current.browser.storage.managed.policy = { showFirstRunPage: 'nope' };
    expect(await policy.shouldOpenFirstRunPage(1_000)).toBe(true);
  });
});
