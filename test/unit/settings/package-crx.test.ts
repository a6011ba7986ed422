/** scripts/package.ts: the self-hosting CRX and its update manifest (no browser needed). */
import { describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { extensionIdFor, packCrx } from '../../../scripts/package';

/** Files of a zip archive, read through its central directory. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i += 1) {
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    files.set(name, method === 8 ? inflateRawSync(data) : data);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

describe('packCrx', () => {
  it('signs a CRX3 without the manifest key and writes an update manifest for its ID', async () => {
    const work = mkdtempSync(join(tmpdir(), 'ksw-crx-test-'));
    try {
      const extensionDir = join(work, 'ext');
      const outDir = join(work, 'out');
      mkdirSync(extensionDir);
      writeFileSync(join(extensionDir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'x', version: '1.2.3', key: 'UNPACKED-KEY' }));
      writeFileSync(join(extensionDir, 'page.html'), '<!doctype html><title>x</title>');
      const privateKeyPem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

      const result = await packCrx({ extensionDir, outDir, privateKeyPem, baseUrl: 'https://ext.example.test/ksw', version: '1.2.3' });

      expect(result.extensionId).toMatch(/^[a-p]{32}$/);
      expect(result.extensionId).toBe(extensionIdFor(privateKeyPem));
      expect(result.codebase).toBe('https://ext.example.test/ksw/kaspersky-sale-warning-1.2.3.crx');
      const crx = readFileSync(result.crxPath);
      expect(crx.toString('latin1', 0, 4)).toBe('Cr24');
      expect(crx.readUInt32LE(4)).toBe(3);
      const files = unzip(crx.subarray(12 + crx.readUInt32LE(8)));
      expect([...files.keys()].sort()).toEqual(['manifest.json', 'page.html']);
      const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Record<string, unknown>;
      expect(manifest.key).toBeUndefined();
      expect(manifest.version).toBe('1.2.3');
      // The source folder keeps its key (the unpacked build's fixed ID).
      expect(JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')).key).toBe('UNPACKED-KEY');

      const xml = readFileSync(result.updateManifestPath, 'utf8');
      expect(xml).toContain(`appid='${result.extensionId}'`);
      expect(xml).toContain(`codebase='${result.codebase}'`);
      expect(xml).toContain("version='1.2.3'");
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
