import { build, type Plugin, type Rollup } from 'vite';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

/** Where the page module lands in each build; the gate imports it from here. */
export const PAGE_MODULE_PATH = 'content/page.js';
/** https://v8.dev/blog/explicit-compile-hints — must open the file. */
const ALL_FUNCTIONS_CALLED_ON_LOAD = '//# allFunctionsCalledOnLoad';

/**
 * The content script that the manifest injects into every page (`src/content/gate.ts`)
 * must stay tiny. Everything else it needs — the full detector and the warning UI — is
 * built here as one self-contained ES module at a fixed path, which the gate imports
 * only when a page looks relevant. It is emitted into the main bundle, where crxjs
 * finds it as the web-accessible resource the manifest names.
 */
export function lazyContentModule(root: string): Plugin {
  let code = '';
  return {
    name: 'kaspersky-warning:lazy-content-module',
    apply: 'build',
    async buildStart() {
      const result = await build({
        root,
        configFile: false,
        logLevel: 'warn',
        plugins: [preact(), stripMessageDescriptions()],
        // The page module talks to the browser's own namespace (see src/platform/native-browser.ts).
        resolve: { alias: { 'webextension-polyfill': resolve(root, 'src/platform/native-browser.ts') } },
        build: {
          write: false,
          minify: process.env.KSW_DEBUG ? false : true,
          sourcemap: false,
          target: 'es2022',
          lib: { entry: resolve(root, 'src/content/page.ts'), formats: ['es'], fileName: () => 'page.js' },
          rollupOptions: { output: { codeSplitting: false } },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
      const chunk = outputs.flatMap((o) => o.output).find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry);
      if (!chunk) throw new Error('page module build produced no entry chunk');
      // V8's explicit compile hint: compile every function with the module, off the main
      // thread while the import streams it, instead of one by one on first call on the page's
      // main thread (~160 functions run on the way to a warning). Harmless elsewhere (a comment).
      code = `${ALL_FUNCTIONS_CALLED_ON_LOAD}\n${chunk.code}`;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: PAGE_MODULE_PATH, source: code });
    },
  };
}

/** The page module bundles its messages (src/platform/native-browser.ts): translators' descriptions stay out. */
function stripMessageDescriptions(): Plugin {
  return {
    name: 'kaspersky-warning:strip-message-descriptions',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]i18n[\\/][^\\/]+[\\/][^\\/]+\.json$/.test(id)) return null;
      const messages = JSON.parse(code) as Record<string, { description?: string }>;
      for (const entry of Object.values(messages)) delete entry.description;
      return { code: JSON.stringify(messages), map: null };
    },
  };
}
