import type { Plugin } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

/**
 * Reads src/i18n/<lang>/*.json — one file per area of the extension, so that each area
 * owns its strings — and merges them per language. A key defined twice is an error.
 */
export function readLocales(i18nDir: string): Map<string, Messages> {
  const locales = new Map<string, Messages>();
  for (const lang of readdirSync(i18nDir)) {
    const merged: Messages = {};
    for (const file of readdirSync(resolve(i18nDir, lang)).filter((f) => f.endsWith('.json')).sort()) {
      const part = JSON.parse(readFileSync(resolve(i18nDir, lang, file), 'utf8')) as Messages;
      for (const [key, value] of Object.entries(part)) {
        if (key in merged) throw new Error(`i18n: key "${key}" defined twice in ${lang} (again in ${file})`);
        merged[key] = value;
      }
    }
    locales.set(lang, merged);
  }
  return locales;
}

/** Emits `_locales/<lang>/messages.json` into the bundle, where crxjs expects it. */
export function localesPlugin(i18nDir: string): Plugin {
  return {
    name: 'kaspersky-warning:locales',
    apply: 'build',
    generateBundle() {
      for (const [lang, messages] of readLocales(i18nDir)) {
        this.emitFile({ type: 'asset', fileName: `_locales/${lang}/messages.json`, source: JSON.stringify(messages, null, 2) });
      }
    },
  };
}
