/**
 * The one place where browsers differ. `manifest.json` is written for Chrome/Edge;
 * `manifestFor` derives each browser's manifest from it.
 */
export type Target = 'chrome' | 'firefox';

export const TARGETS: readonly Target[] = ['chrome', 'firefox'];

/** Fixed Firefox add-on id: policies.json and tests name the extension by it. */
export const GECKO_ID = 'kaspersky-sale-warning@extension.local';

type Json = Record<string, unknown>;

export function manifestFor(base: Json, target: Target, version: string): Json {
  const manifest: Json = structuredClone(base);
  manifest.version = version;
  if (target === 'chrome') return manifest;

  // Firefox: no service workers in MV3 yet, so the background runs as an event page.
  const background = manifest.background as { service_worker: string };
  manifest.background = { scripts: [background.service_worker], type: 'module' };
  // `key` fixes the Chrome ID only; Firefox takes its id from gecko.id.
  delete manifest.key;
  // Firefox gives each install a random moz-extension:// UUID already, so a
  // per-session URL (Chrome's use_dynamic_url) is neither needed nor supported.
  const resources = manifest.web_accessible_resources as Json[];
  manifest.web_accessible_resources = resources.map(({ use_dynamic_url: _unused, ...rest }) => rest);
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
    // data_collection_permissions needs Firefox for Android 142.
    gecko_android: { strict_min_version: '142.0' },
  };
  return manifest;
}
