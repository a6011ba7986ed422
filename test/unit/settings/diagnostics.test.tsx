import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createFakeBrowser, settle } from './fake-browser';

const fake = vi.hoisted(() => ({ current: null as unknown as ReturnType<typeof import('./fake-browser').createFakeBrowser> }));
vi.mock('../../../src/platform/browser', () => ({
  get browser() {
    return {
      ...fake.current.browser,
      runtime: { ...fake.current.browser.runtime, getManifest: () => ({ version: '9.8.7' }) },
      i18n: { getUILanguage: () => 'en-US' },
    };
  },
  // Echo the key and its substitutions so tests can see what would be said.
  t: (key: string, subs?: string | string[]) => [key, ...(subs === undefined ? [] : [subs].flat())].join('|'),
  sendMessage: () => Promise.resolve(undefined),
}));

const { Diagnostics } = await import('../../../src/details/diagnostics/Diagnostics');
const { runSelfTest } = await import('../../../src/details/diagnostics/self-test');
const { SAMPLE_PAGES } = await import('../../../src/details/diagnostics/samples');
const { FACTS_VERSION } = await import('../../../src/facts');
const { MANAGED_CACHE_KEY } = await import('../../../src/settings/store');

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

beforeEach(() => {
  fake.current = createFakeBrowser();
  document.body.innerHTML = '<div id="app"></div>';
});

async function mount(): Promise<HTMLElement> {
  const app = document.getElementById('app')!;
  act(() => render(<Diagnostics />, app));
  // Effects run when act() ends; their storage reads settle in a second act().
  await act(() => settle());
  return app;
}

describe('self-test samples', () => {
  it('cover warning and silent outcomes, and all pass with the current detector', () => {
    expect(new Set(SAMPLE_PAGES.map((s) => s.expect))).toEqual(new Set(['product', 'checkout', 'none']));
    const results = runSelfTest(parse);
    expect(results.filter((r) => !r.passed).map((r) => `${r.sample.id}: found ${r.found} ${r.error ?? ''}`)).toEqual([]);
  });

  it('fails a sample whose expectation the detector does not meet', () => {
    const wrong = [{ ...SAMPLE_PAGES[0]!, expect: 'none' as const }];
    expect(runSelfTest(parse, wrong)[0]).toMatchObject({ passed: false, found: 'product' });
  });
});

describe('Diagnostics', () => {
  it('shows each setting with its source, the versions, and that no policy is in force', async () => {
    const app = await mount();
    expect(app.querySelector('[data-managed]')?.getAttribute('data-managed')).toBe('no');
    expect(app.querySelector('[data-version]')?.textContent).toBe('9.8.7');
    expect(app.querySelector('[data-facts-version]')?.textContent).toBe(String(FACTS_VERSION));
    expect(app.querySelector('[data-setting="mode"]')?.getAttribute('data-source')).toBe('default');
    expect(app.querySelector('[data-problems]')?.getAttribute('data-problems')).toBe('none');
  });

  it('shows managed values, the organization, and invalid policy values as problems', async () => {
    await fake.current.browser.storage.local.set({ [MANAGED_CACHE_KEY]: { mode: 'block', organizationName: 'Acme', dismissDays: 'soon' }, userSettings: { showNotices: false } });
    const app = await mount();
    expect(app.querySelector('[data-managed]')?.textContent).toBe('enterpriseManagedBy|Acme');
    expect(app.querySelector('[data-setting="mode"]')?.getAttribute('data-source')).toBe('managed');
    expect(app.querySelector('[data-setting="mode"] td')?.textContent).toBe('block');
    expect(app.querySelector('[data-setting="showNotices"]')?.getAttribute('data-source')).toBe('user');
    expect(app.querySelector('[data-setting="dismissDays"]')?.getAttribute('data-source')).toBe('default');
    expect(app.querySelector('[data-problem="dismissDays"]')?.textContent).toBe('enterpriseProblemInvalid|dismissDays|enterpriseSourcePolicyName|"soon"');
  });

  it('follows a policy change live', async () => {
    const app = await mount();
    await act(async () => {
      await fake.current.browser.storage.local.set({ [MANAGED_CACHE_KEY]: { mode: 'off' } });
      await settle();
    });
    expect(app.querySelector('[data-setting="mode"]')?.getAttribute('data-source')).toBe('managed');
    expect(app.querySelector('[data-managed]')?.textContent).toBe('enterpriseManagedByUnnamed');
  });

  it('runs the self-test on demand and shows pass or fail for each sample', async () => {
    const app = await mount();
    expect(app.querySelectorAll('[data-self-test-result]')).toHaveLength(0);
    await act(async () => {
      (app.querySelector('[data-self-test-run]') as HTMLButtonElement).click();
      await settle();
    });
    const results = [...app.querySelectorAll('[data-self-test-result]')].map((li) => li.getAttribute('data-self-test-result'));
    expect(results).toHaveLength(SAMPLE_PAGES.length);
    expect(results.every((r) => r === 'pass')).toBe(true);
    expect(app.querySelector('[data-self-test-summary]')?.getAttribute('data-self-test-summary')).toBe(`${SAMPLE_PAGES.length}/${SAMPLE_PAGES.length}`);
  });
});
