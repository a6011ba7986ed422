import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODES, SETTING_KEYS, DEFAULT_SETTINGS } from '../../../src/settings/schema';
import { validateLayer } from '../../../src/settings/validate';
import { GECKO_ID } from '../../../build/manifest';
import { schemaProblems, valueProblems, type ChromeSchema } from './chrome-schema';
import { parsePlist, parseRegFile, policyFromRegistry, type PlistValue } from './sample-formats';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const POLICIES = resolve(ROOT, 'policies');
const SCHEMA = JSON.parse(readFileSync(resolve(ROOT, 'assets/policy-schema.json'), 'utf8')) as ChromeSchema;
const MANIFEST = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as { storage?: { managed_schema?: string } };
/** The unpacked build's fixed ID (README), which the samples use. */
const CHROME_ID = 'iefjlldiefndgfedoffelikdhpjmfgln';
const CANONICAL = JSON.parse(readFileSync(resolve(POLICIES, 'policy.json'), 'utf8')) as Record<string, unknown>;

const read = (file: string): string => readFileSync(resolve(POLICIES, file), 'utf8');
const json = (file: string): Record<string, unknown> => JSON.parse(read(file)) as Record<string, unknown>;
const dig = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), value);

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = resolve(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [relative(POLICIES, path)];
  });
}

/** A policy must pass Chrome's schema check and our own validation, and say what policy.json says. */
function expectValidPolicy(policy: unknown): void {
  expect(valueProblems(policy, SCHEMA)).toEqual([]);
  expect(validateLayer(policy, 'managed').problems).toEqual([]);
  expect(policy).toEqual(CANONICAL);
}

/** Extracts the extension's policy from each sample; force-install files are checked for the ID. */
const SAMPLES: Record<string, () => void> = {
  'policy.json': () => expectValidPolicy(json('policy.json')),
  'linux/kaspersky-sale-warning.json': () => expectValidPolicy(dig(json('linux/kaspersky-sale-warning.json'), '3rdparty', 'extensions', CHROME_ID)),
  'linux/force-install-chrome.json': () => {
    expect(dig(json('linux/force-install-chrome.json'), 'ExtensionSettings', CHROME_ID)).toMatchObject({ installation_mode: 'force_installed', update_url: 'https://clients2.google.com/service/update2/crx' });
  },
  'linux/force-install-edge.json': () => {
    expect(dig(json('linux/force-install-edge.json'), 'ExtensionSettings', CHROME_ID)).toMatchObject({ installation_mode: 'force_installed', update_url: 'https://edge.microsoft.com/extensionwebstorebase/v1/crx' });
  },
  'firefox/policies.json': () => {
    const file = json('firefox/policies.json');
    // Firefox reads only "policies" → "3rdparty" → "Extensions" (capital E) → the gecko id.
    expectValidPolicy(dig(file, 'policies', '3rdparty', 'Extensions', GECKO_ID));
    expect(dig(file, 'policies', 'ExtensionSettings', GECKO_ID)).toMatchObject({ installation_mode: 'force_installed' });
  },
  'windows/chrome.reg': () => checkReg('windows/chrome.reg', 'SOFTWARE\\Policies\\Google\\Chrome', 'https://clients2.google.com/service/update2/crx'),
  'windows/edge.reg': () => checkReg('windows/edge.reg', 'SOFTWARE\\Policies\\Microsoft\\Edge', 'https://edge.microsoft.com/extensionwebstorebase/v1/crx'),
  'macos/kaspersky-sale-warning.mobileconfig': () => {
    const profile = parsePlist(read('macos/kaspersky-sale-warning.mobileconfig')) as Record<string, PlistValue>;
    expect(profile.PayloadType).toBe('Configuration');
    const payloads = profile.PayloadContent as Array<Record<string, PlistValue>>;
    const byType = new Map(payloads.map((payload) => [payload.PayloadType as string, payload]));
    expect(new Set(payloads.map((p) => p.PayloadUUID)).size).toBe(payloads.length);
    for (const [browserDomain, updateUrl] of [
      ['com.google.Chrome', 'https://clients2.google.com/service/update2/crx'],
      ['com.microsoft.Edge', 'https://edge.microsoft.com/extensionwebstorebase/v1/crx'],
    ] as const) {
      expect(byType.get(browserDomain)?.ExtensionInstallForcelist).toEqual([`${CHROME_ID};${updateUrl}`]);
      const payload = byType.get(`${browserDomain}.extensions.${CHROME_ID}`);
      expect(payload, browserDomain).toBeDefined();
      // The payload's own Payload* keys are the profile's bookkeeping; the rest is the policy.
      expectValidPolicy(Object.fromEntries(Object.entries(payload!).filter(([key]) => !key.startsWith('Payload'))));
    }
  },
};

function checkReg(file: string, root: string, updateUrl: string): void {
  const keys = parseRegFile(read(file));
  expect(keys.get(`HKEY_LOCAL_MACHINE\\${root}\\ExtensionInstallForcelist`)?.get('1')).toBe(`${CHROME_ID};${updateUrl}`);
  expectValidPolicy(policyFromRegistry(keys, `HKEY_LOCAL_MACHINE\\${root}\\3rdparty\\extensions\\${CHROME_ID}\\policy`, SCHEMA));
}

describe('policy schema (assets/policy-schema.json)', () => {
  it('is the managed_schema the manifest names', () => {
    expect(MANIFEST.storage?.managed_schema).toBe('policy-schema.json');
  });

  it('uses only what Chrome accepts in a managed_schema', () => {
    expect(schemaProblems(SCHEMA)).toEqual([]);
    expect(SCHEMA.type).toBe('object');
  });

  it('has exactly the keys of the settings (src/settings/schema.ts)', () => {
    expect(Object.keys(SCHEMA.properties ?? {}).sort()).toEqual([...SETTING_KEYS].sort());
  });

  it("types each key like the setting's default, and accepts every default", () => {
    const typeOf = (value: unknown): string => (Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value);
    for (const key of SETTING_KEYS) expect(SCHEMA.properties![key]!.type, key).toBe(typeOf(DEFAULT_SETTINGS[key]));
    expect(valueProblems(DEFAULT_SETTINGS, SCHEMA)).toEqual([]);
    expect(SCHEMA.properties!.mode!.enum).toEqual(MODES);
  });

  it('rejects what the settings layer rejects for typed keys (checker sanity)', () => {
    expect(valueProblems({ mode: 'loud' }, SCHEMA)).toHaveLength(1);
    expect(valueProblems({ dismissDays: 5000 }, SCHEMA)).toHaveLength(1);
    expect(valueProblems({ excludedHosts: 'a.example' }, SCHEMA)).toHaveLength(1);
    expect(valueProblems({ colour: 'red' }, SCHEMA)).toHaveLength(1);
  });
});

describe('admin kit samples (policies/)', () => {
  it('every file in policies/ is checked here', () => {
    expect(allFiles(POLICIES).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  for (const [file, check] of Object.entries(SAMPLES)) it(file, check);
});
