/**
 * `npm run package` (after `npm run build`): store-ready zips of both builds in
 * artifacts/packages/. The zip's root is the extension's root, as the stores expect.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import pkg from '../package.json' with { type: 'json' };

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'artifacts/packages');
mkdirSync(OUT, { recursive: true });

for (const target of ['chrome', 'firefox'] as const) {
  const filename = `kaspersky-sale-warning-${pkg.version}-${target}.zip`;
  const result = spawnSync('npx', ['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', OUT, '--filename', filename, '--overwrite-dest'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log(`${target}: ${resolve(OUT, filename)}`);
}
