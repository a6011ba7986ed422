import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLocales } from '../../../build/locales';
import type { UiText } from '../../../src/content/ui/text';
import { formatMessage } from '../../../src/platform/messages';

const locales = readLocales(resolve(dirname(fileURLToPath(import.meta.url)), '../../../src/i18n'));

/** The real messages of a locale with chrome.i18n's substitution rules. */
export function uiText(lang: 'en' | 'es'): UiText {
  const messages = locales.get(lang)!;
  return {
    locale: lang,
    t: (key, substitutions = []) => {
      const entry = messages[key];
      if (!entry) throw new Error(`missing message ${key}`);
      return formatMessage(entry, substitutions);
    },
  };
}
