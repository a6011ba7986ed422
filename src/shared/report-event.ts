/**
 * Content side of warning events (background/report.ts): the warning UI calls
 * `reportWarningEvent` when a warning is shown and when the user continues or goes back,
 * if its settings hold an administrator's reportUrl (the background checks again).
 * Fire and forget — it never delays or breaks the page.
 */
import { sendMessage } from '../platform/browser';
import type { WarningEvent } from './messages';

/** "shown" is reported once per page and warning, however often the page re-renders it. */
const shownOnThisPage = new Set<string>();

export function reportWarningEvent(kind: WarningEvent['kind'], product: string, action: WarningEvent['action']): void {
  if (action === 'shown') {
    const key = `${kind}\u0000${product}`;
    if (shownOnThisPage.has(key)) return;
    shownOnThisPage.add(key);
  }
  try {
    sendMessage({ type: 'report-event', kind, product, action }).catch(() => undefined);
  } catch {
    // Extension context gone (updated or disabled): nothing to report to.
  }
}
