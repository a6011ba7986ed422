import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const DIST_DIR = resolve(ROOT, process.env.KSW_DIST_DIR ?? 'dist');
export const DIST = { chromium: resolve(DIST_DIR, 'chrome'), firefox: resolve(DIST_DIR, 'firefox') } as const;
export const ARTIFACTS = resolve(ROOT, 'artifacts');
/** The unpacked Chrome build's fixed ID (from the manifest `key`; see README). */
export const CHROME_EXTENSION_ID = 'iefjlldiefndgfedoffelikdhpjmfgln';
/** The Firefox add-on id (build/manifest.ts) and the moz-extension UUID the tests pin it to. */
export const GECKO_ID = 'kaspersky-sale-warning@extension.local';
export const FIREFOX_EXTENSION_UUID = '6a1c3c3e-9d7b-4e55-8f55-2c1b0c7f5e11';
