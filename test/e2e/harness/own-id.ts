import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A copy of the built Chrome extension under a fresh RSA key, and the ID Chrome derives
 * from it. A machine-wide policy file can then name this copy alone, so tests that write
 * one cannot change other browsers running at the same time.
 */
export function copyWithOwnId(source: string): { dir: string; id: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ksw-policy-ext-'));
  cpSync(source, dir, { recursive: true });
  const der = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'der' });
  // Chrome's ID: the first 32 hex digits of SHA-256(public key), written with a–p for 0–f.
  const id = [...createHash('sha256').update(der).digest('hex').slice(0, 32)].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.key = der.toString('base64');
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, id };
}

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
