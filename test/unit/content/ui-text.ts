import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLocales } from '../../../build/locales';
import type { UiText } from '../../../src/content/ui/text';

const locales = readLocales(resolve(dirname(fileURLToPath(import.meta.url)), '../../../src/i18n'));

/** The real messages of a locale with chrome.i18n's substitution rules. */
export function uiText(lang: 'en' | 'es'): UiText {
  const messages = locales.get(lang)!;
  return {
    locale: lang,
    t: (key, substitutions = []) => {
      const entry = messages[key];
      if (!entry) throw new Error(`missing message ${key}`);
      return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_m, name: string) =>
        (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (_n, i: string) => substitutions[Number(i) - 1] ?? ''),
      );
    },
  };
}
