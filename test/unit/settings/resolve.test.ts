import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTING_KEYS } from '../../../src/settings/schema';
import { behaviourForHost, resolveSettings, SILENT, warningBehaviour } from '../../../src/settings/resolve';
import { validateLayer } from '../../../src/settings/validate';
import { hostInList } from '../../../src/shared/hosts';

describe('resolveSettings: defaults ← user ← managed', () => {
  it('uses the defaults when nothing is stored', () => {
    const settings = resolveSettings(undefined, undefined);
    expect(settings.values).toEqual(DEFAULT_SETTINGS);
    expect(settings.managed).toBe(false);
    expect(settings.locked).toEqual([]);
    expect(new Set(Object.values(settings.sources))).toEqual(new Set(['default']));
  });

  it('lets a policy win over the user and locks what it sets', () => {
    const settings = resolveSettings({ showNotices: false, confirmPurchases: false }, { mode: 'block', showNotices: true, organizationName: 'Acme' });
    expect(settings.values.mode).toBe('block');
    expect(settings.values.showNotices).toBe(true);
    expect(settings.values.confirmPurchases).toBe(false);
    expect(settings.sources).toMatchObject({ mode: 'managed', showNotices: 'managed', confirmPurchases: 'user', organizationName: 'managed', dismissDays: 'default' });
    expect(settings.locked).toEqual(['mode', 'showNotices', 'organizationName']);
    expect(settings.managed).toBe(true);
  });

  it('ignores administrator-only keys in the user layer', () => {
    const settings = resolveSettings({ mode: 'off', reportUrl: 'https://evil.example/' }, undefined);
    expect(settings.values.mode).toBe(DEFAULT_SETTINGS.mode);
    expect(settings.values.reportUrl).toBe('');
  });

  it('reports invalid managed values, ignores them and keeps the rest of the policy', () => {
    const settings = resolveSettings(undefined, { mode: 'loud', dismissDays: -3, supportUrl: 'javascript:alert(1)', organizationName: 'Acme', colour: 'red' });
    expect(settings.values.mode).toBe(DEFAULT_SETTINGS.mode);
    expect(settings.values.dismissDays).toBe(DEFAULT_SETTINGS.dismissDays);
    expect(settings.values.supportUrl).toBe('');
    expect(settings.values.organizationName).toBe('Acme');
    expect(settings.problems.map((p) => [p.key, p.code])).toEqual([
      ['mode', 'invalid-value'],
      ['dismissDays', 'invalid-value'],
      ['supportUrl', 'invalid-value'],
      ['colour', 'unknown-setting'],
    ]);
    expect(settings.problems.every((p) => p.source === 'managed')).toBe(true);
  });

  it('a policy that is not an object is reported and changes nothing', () => {
    const settings = resolveSettings(undefined, ['block']);
    expect(settings.values).toEqual(DEFAULT_SETTINGS);
    expect(settings.problems).toEqual([expect.objectContaining({ key: '*', code: 'not-object', source: 'managed' })]);
  });
});

describe('validateLayer accepts what Firefox policies.json delivers', () => {
  it('lists as JSON strings, booleans and numbers as strings, a whole layer as a JSON string', () => {
    const layer = validateLayer(
      JSON.stringify({
        excludedHosts: '["intranet.example.com", "*.Corp.Example"]',
        extraProductTerms: '["AcmeShield"]',
        allowUserDismiss: 'false',
        showFirstRunPage: 0,
        dismissDays: '14',
      }),
      'managed',
    );
    expect(layer.problems).toEqual([]);
    expect(layer.values).toEqual({
      excludedHosts: ['intranet.example.com', 'corp.example'],
      extraProductTerms: ['AcmeShield'],
      allowUserDismiss: false,
      showFirstRunPage: false,
      dismissDays: 14,
    });
  });

  it('takes the host of a pasted URL and rejects a list with one bad entry', () => {
    expect(validateLayer({ excludedHosts: ['https://Shop.Example.com/path?q=1'] }, 'managed').values.excludedHosts).toEqual(['shop.example.com']);
    const bad = validateLayer({ excludedHosts: ['ok.example', 'not a host'] }, 'managed');
    expect(bad.values.excludedHosts).toBeUndefined();
    expect(bad.problems[0]).toMatchObject({ key: 'excludedHosts', code: 'invalid-value' });
  });

  it('rejects every key of the wrong type', () => {
    for (const key of SETTING_KEYS) {
      const layer = validateLayer({ [key]: { nested: true } }, 'managed');
      expect(layer.values, key).toEqual({});
      expect(layer.problems.map((p) => p.key), key).toEqual([key]);
    }
  });

  it('rejects non-http(s) report and support URLs and malformed e-mail', () => {
    const layer = validateLayer({ reportUrl: 'file:///etc/passwd', supportUrl: 'ftp://x.example/', supportEmail: 'help desk' }, 'managed');
    expect(layer.values).toEqual({});
    expect(layer.problems).toHaveLength(3);
  });
});

describe('hosts and behaviour', () => {
  it('an entry covers the host and its subdomains only', () => {
    expect(hostInList('shop.example.com', ['example.com'])).toBe(true);
    expect(hostInList('example.com.', ['example.com'])).toBe(true);
    expect(hostInList('badexample.com', ['example.com'])).toBe(false);
    expect(hostInList('example.org', ['example.com'])).toBe(false);
  });

  it('excluded hosts are silent, others follow the mode', () => {
    const settings = resolveSettings(undefined, { mode: 'block', excludedHosts: ['amazon.com'] }).values;
    expect(behaviourForHost(settings, 'www.amazon.com')).toEqual(SILENT);
    expect(behaviourForHost(settings, 'www.bestbuy.com')).toEqual({ badge: true, notices: true, confirm: true, block: true });
  });

  it('each mode maps to its behaviour', () => {
    const of = (mode: string) => warningBehaviour(resolveSettings(undefined, { mode }).values);
    expect(of('off')).toEqual(SILENT);
    expect(of('inform')).toEqual({ badge: true, notices: false, confirm: false, block: false });
    expect(of('warn')).toEqual({ badge: true, notices: true, confirm: false, block: false });
    expect(of('confirm')).toEqual({ badge: true, notices: true, confirm: true, block: false });
    expect(of('block')).toEqual({ badge: true, notices: true, confirm: true, block: true });
  });
});
