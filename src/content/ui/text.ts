/**
 * The UI modules take their strings through this interface instead of importing the
 * extension's i18n directly, so the very same components render in the a11y harness page
 * (test/e2e/a11y.e2e.ts) where no extension APIs exist.
 */
import { formatFactDate, SALES_PROHIBITED_FROM, UPDATES_END } from '../../facts';

export type Translate = (key: string, substitutions?: string[]) => string;

export interface UiText {
  readonly t: Translate;
  /** BCP 47 language of the UI, for dates. */
  readonly locale: string;
}

/**
 * An ISO date spelt with the UI language's own messages (`dateLong`, `dateMonths`). A
 * content script's first Intl.DateTimeFormat costs several ms of the page's main thread
 * (npm run bench); Intl remains the fallback where the messages are missing.
 */
export function formatWarningDate(iso: string, text: UiText): string {
  const [year, month, day] = iso.split('-').map(Number);
  const months = text.t('dateMonths').split('|');
  const name = months.length === 12 ? months[month! - 1] : undefined;
  const spelt = name ? text.t('dateLong', [String(day), name, String(year)]) : '';
  return spelt || formatFactDate(iso, text.locale);
}

/** The two dates every warning states, formatted for the UI language. */
export function banDates(text: UiText): [sales: string, updates: string] {
  return [formatWarningDate(SALES_PROHIBITED_FROM, text), formatWarningDate(UPDATES_END, text)];
}
