/**
 * `npm run package` (after `npm run build`): store-ready zips of both builds in
 * artifacts/packages/. The zip's root is the extension's root, as the stores expect.
 *
 * For self-hosting in Chrome and Edge it also signs a CRX and writes the update manifest
 * that ExtensionInstallForcelist / ExtensionSettings point at (docs/enterprise.md). The
 * signing key (an RSA private key in PEM) never lives in the repository: it comes from
 * KSW_CRX_KEY (the PEM text) or KSW_CRX_KEY_FILE (a path). Without one, the CRX is
 * skipped with a message; the zips are still made. KSW_CRX_BASE_URL is the folder URL
 * where the CRX will be served.
 */
import { spawnSync } from 'node:child_process';
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const NAME = 'kaspersky-sale-warning';
const PLACEHOLDER_BASE_URL = 'https://extensions.example.com/kaspersky-sale-warning/';

/** The part of the `crx` package (CommonJS, untyped) this script uses. */
interface CrxPacker {
  load(path: string): Promise<CrxPacker>;
  pack(): Promise<Buffer>;
  generateUpdateXML(): Buffer;
}
type CrxConstructor = new (options: { privateKey: Buffer; codebase: string }) => CrxPacker;

/** Chrome's extension ID for a public key: SHA-256 of its DER form, first 32 hex digits as a–p. */
export function extensionIdFor(privateKeyPem: string): string {
  const der = createPublicKey(createPrivateKey(privateKeyPem)).export({ type: 'spki', format: 'der' });
  return [...createHash('sha256').update(der).digest('hex').slice(0, 32)].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export interface CrxResult {
  readonly crxPath: string;
  readonly updateManifestPath: string;
  readonly extensionId: string;
  readonly codebase: string;
}

/**
 * Signs `extensionDir` as a CRX3 and writes its update manifest. The manifest's `key`
 * (which pins the unpacked build's ID) is left out of the package, so the ID is the one
 * of the signing key, as Chrome derives it for a CRX.
 */
export async function packCrx(options: { extensionDir: string; outDir: string; privateKeyPem: string; baseUrl: string; version: string }): Promise<CrxResult> {
  const staging = mkdtempSync(join(tmpdir(), 'ksw-crx-'));
  try {
    cpSync(options.extensionDir, staging, { recursive: true });
    const manifestPath = join(staging, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
    delete manifest.key;
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));

    const crxName = `${NAME}-${options.version}.crx`;
    const codebase = new URL(crxName, options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`).href;
    const ChromeExtension = createRequire(import.meta.url)('crx') as CrxConstructor;
    const packer = new ChromeExtension({ privateKey: Buffer.from(options.privateKeyPem), codebase });
    await packer.load(staging);
    const crx = await packer.pack();
    mkdirSync(options.outDir, { recursive: true });
    const crxPath = join(options.outDir, crxName);
    const updateManifestPath = join(options.outDir, `${NAME}-updates.xml`);
    writeFileSync(crxPath, crx);
    writeFileSync(updateManifestPath, packer.generateUpdateXML());
    return { crxPath, updateManifestPath, extensionId: extensionIdFor(options.privateKeyPem), codebase };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The signing key from the environment, or null (with the reason) when none is set. */
function signingKey(): { pem: string } | { missing: string } {
  if (process.env.KSW_CRX_KEY) return { pem: process.env.KSW_CRX_KEY };
  const file = process.env.KSW_CRX_KEY_FILE;
  if (!file) return { missing: 'neither KSW_CRX_KEY nor KSW_CRX_KEY_FILE is set' };
  if (!existsSync(file)) return { missing: `KSW_CRX_KEY_FILE=${file} does not exist` };
  const inRepo = !relative(ROOT, resolve(file)).startsWith('..');
  if (inRepo) console.warn(`warning: the signing key ${file} is inside the repository; keep it out of git (*.pem is ignored).`);
  return { pem: readFileSync(file, 'utf8') };
}

async function main(): Promise<void> {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const distDir = resolve(ROOT, process.env.KSW_DIST_DIR ?? 'dist');
  const out = resolve(ROOT, 'artifacts/packages');
  mkdirSync(out, { recursive: true });

  for (const target of ['chrome', 'firefox'] as const) {
    const filename = `${NAME}-${version}-${target}.zip`;
    const result = spawnSync('npx', ['web-ext', 'build', '--source-dir', join(distDir, target), '--artifacts-dir', out, '--filename', filename, '--overwrite-dest'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
    console.log(`${target}: ${resolve(out, filename)}`);
  }

  const key = signingKey();
  if ('missing' in key) {
    console.log(`crx: skipped (${key.missing}). To self-host in Chrome/Edge, create a key once with`);
    console.log('       openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out ~/ksw-signing-key.pem');
    console.log('     keep it safe (it fixes the extension ID), and run KSW_CRX_KEY_FILE=~/ksw-signing-key.pem KSW_CRX_BASE_URL=https://your.server/path/ npm run package');
    return;
  }
  const baseUrl = process.env.KSW_CRX_BASE_URL ?? PLACEHOLDER_BASE_URL;
  if (!process.env.KSW_CRX_BASE_URL) console.warn(`warning: KSW_CRX_BASE_URL is not set; the update manifest points at ${PLACEHOLDER_BASE_URL}`);
  let crx: CrxResult;
  try {
    crx = await packCrx({ extensionDir: join(distDir, 'chrome'), outDir: out, privateKeyPem: key.pem, baseUrl, version });
  } catch (error) {
    console.error(`crx: could not sign with the given key (${String(error)}). It must be an RSA private key in PEM.`);
    process.exit(1);
  }
  console.log(`crx: ${crx.crxPath}`);
  console.log(`update manifest: ${crx.updateManifestPath} (serve it next to the CRX; the CRX must be at ${crx.codebase})`);
  console.log(`extension ID (from the signing key): ${crx.extensionId}`);
  console.log(`force-install entry: ${crx.extensionId};${new URL(`${NAME}-updates.xml`, crx.codebase).href}`);
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) await main();
