/**
 * Pins what the extension may do. A company approves an extension by its manifest, so any
 * new permission, host access, frame reach or web-accessible file must be a deliberate
 * change to this test and to the README's permissions table — never a side effect.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import baseManifest from '../../../manifest.json' with { type: 'json' };
import pkg from '../../../package.json' with { type: 'json' };
import { manifestFor, TARGETS, type Target } from '../../../build/manifest';

const ROOT = resolve(import.meta.dirname, '../../..');
const WEB_ORIGINS = ['http://*/*', 'https://*/*'];

interface ContentScript {
  matches?: string[];
  exclude_matches?: string[];
  js?: string[];
  css?: string[];
  all_frames?: boolean;
  match_about_blank?: boolean;
  match_origin_as_fallback?: boolean;
  world?: string;
}

interface WebAccessible {
  resources?: string[];
  matches?: string[];
  extension_ids?: string[];
  use_dynamic_url?: boolean;
}

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  content_scripts?: ContentScript[];
  web_accessible_resources?: WebAccessible[];
};

function derived(target: Target): Manifest {
  return manifestFor(baseManifest, target, pkg.version) as Manifest;
}

/** The built manifests, when a build exists (KSW_DIST_DIR or dist/): crxjs rewrites paths, so they are checked too. */
function built(target: Target): Manifest | null {
  const file = resolve(ROOT, process.env.KSW_DIST_DIR ?? 'dist', target, 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : null;
}

function checkPermissions(manifest: Manifest, target: Target, gateFile: string): void {
  // Only storage: settings, site dismissals and the per-tab verdict for the popup.
  expect(manifest.permissions).toEqual(['storage']);
  for (const key of ['optional_permissions', 'host_permissions', 'optional_host_permissions', 'externally_connectable', 'content_security_policy', 'declarative_net_request', 'oauth2', 'update_url']) {
    expect(manifest, `${target}: unexpected "${key}"`).not.toHaveProperty(key);
  }

  // One content script: the gate, in top frames of http(s) pages only, in the isolated world.
  const scripts = manifest.content_scripts ?? [];
  expect(scripts).toHaveLength(1);
  const gate = scripts[0]!;
  expect([...(gate.matches ?? [])].sort()).toEqual(WEB_ORIGINS);
  expect(gate.js).toEqual([gateFile]);
  expect(gate.css ?? []).toEqual([]);
  expect(gate.all_frames ?? false).toBe(false);
  expect(gate.match_about_blank ?? false).toBe(false);
  expect(gate.match_origin_as_fallback ?? false).toBe(false);
  expect(gate.world ?? 'ISOLATED').toBe('ISOLATED');

  // Only the lazily loaded page module is reachable from pages, and only from http(s) pages.
  const resources = manifest.web_accessible_resources ?? [];
  expect(resources).toHaveLength(1);
  const pageModule = resources[0]!;
  expect(pageModule.resources).toEqual(['content/page.js']);
  expect([...(pageModule.matches ?? [])].sort()).toEqual(WEB_ORIGINS);
  expect(pageModule.extension_ids ?? []).toEqual([]);
  if (target === 'chrome') {
    // A per-session random URL, so that a site cannot probe a fixed URL to detect the extension.
    expect(pageModule.use_dynamic_url).toBe(true);
  } else {
    // Firefox has no use_dynamic_url (its moz-extension UUID is random per install already).
    expect(pageModule).not.toHaveProperty('use_dynamic_url');
  }

  if (target === 'firefox') {
    const gecko = (manifest.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)?.gecko;
    // The add-on collects nothing: the store shows "none", and no optional collection can be asked for.
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest).not.toHaveProperty('key');
  }
}

describe('manifest permissions (derived by build/manifest.ts)', () => {
  for (const target of TARGETS) {
    it(`${target}: storage only, http(s) top frames only, one web-accessible module`, () => {
      checkPermissions(derived(target), target, 'src/content/gate.ts');
    });
  }

  it('the base manifest declares no background listener for other extensions or web pages', () => {
    // Without externally_connectable, web pages cannot message us; other extensions reach only
    // onMessageExternal/onConnectExternal, which nothing in src/ listens to (checked below).
    expect(baseManifest).not.toHaveProperty('externally_connectable');
  });
});

describe('manifest permissions (built)', () => {
  for (const target of TARGETS) {
    const manifest = built(target);
    it.skipIf(manifest === null)(`${target}: the built manifest keeps the same limits`, () => {
      checkPermissions(manifest!, target, 'src/content/gate.js');
    });
  }
});

describe('README permissions table', () => {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Permissions'));

  it('explains every permission the manifest asks for, and nothing it does not ask for', () => {
    expect(section, 'README has a "Permissions" section').toBeDefined();
    const rows = section!.split('\n').filter((line) => /^\|\s*`/.test(line));
    const named = rows.map((row) => /^\|\s*`([^`]+)`/.exec(row)![1]!);
    for (const permission of derived('chrome').permissions ?? []) expect(named).toContain(permission);
    // Rows other than API permissions describe the content script and the web-accessible module.
    const apiRows = named.filter((name) => /^[a-zA-Z.]+$/.test(name));
    expect(apiRows.sort()).toEqual([...(derived('chrome').permissions ?? [])].sort());
    expect(section).toMatch(/Content script on `http:\/\/\*\/\*`, `https:\/\/\*\/\*`/);
    expect(section).toContain('`web_accessible_resources`: `content/page.js`');
  });
});
