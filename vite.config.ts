import { defineConfig } from 'vitest/config';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { manifestFor, TARGETS, type Target } from './build/manifest.ts';
import { lazyContentModule } from './build/lazy-content.ts';
import { localesPlugin } from './build/locales.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

// `vite build --mode chrome` or `--mode firefox`; see package.json "build".
export default defineConfig(({ mode }) => {
  const target: Target = (TARGETS as readonly string[]).includes(mode) ? (mode as Target) : 'chrome';
  // KSW_DIST_DIR lets parallel work trees build without overwriting each other's dist/.
  const outDir = resolve(root, process.env.KSW_DIST_DIR ?? 'dist', target);
  return {
    root,
    publicDir: 'assets',
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(baseManifest, target, pkg.version) as never,
        browser: target,
        contentScripts: { standaloneFiles: ['src/content/gate.ts'] },
      }),
      lazyContentModule(root),
      localesPlugin(resolve(root, 'src/i18n')),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      minify: !process.env.KSW_DEBUG,
    },
    test: {
      environment: 'happy-dom',
      include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    },
  };
});
