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

/** The two dates every warning states, formatted for the UI language. */
export function banDates(text: UiText): [sales: string, updates: string] {
  return [formatFactDate(SALES_PROHIBITED_FROM, text.locale), formatFactDate(UPDATES_END, text.locale)];
}
