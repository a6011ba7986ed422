import { browser, t } from '../platform/browser';

/**
 * The language of the strings actually shown. The browser picks the message catalogue
 * (falling back to English), and dates must be written in that same language, which
 * `i18n.getUILanguage()` does not always report; so each catalogue names its own.
 */
export function messageLocale(): string {
  const own = t('popupDateLocale');
  return own && own !== 'popupDateLocale' ? own : browser.i18n.getUILanguage();
}
