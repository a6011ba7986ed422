/**
 * Imported by the gate only on pages that may concern Kaspersky: runs the full detector,
 * reports the verdict to the background (badge, popup) and shows the in-page warning.
 */
import { detectPage } from '../detect';
import { NO_VERDICT } from '../detect/types';
import { sendMessage } from '../platform/browser';
import type { Trigger } from './page-module';
import { renderNotice } from './ui/notice';
import type { WarningHost } from './ui/host';

let shown: WarningHost | null = null;
let lastReported = '';

function report(verdict: typeof NO_VERDICT): void {
  const key = JSON.stringify(verdict);
  if (key === lastReported) return;
  lastReported = key;
  sendMessage({ type: 'verdict', verdict, host: location.hostname }).catch(() => {
    // The background may be restarting; the next evaluation reports again.
  });
}

export async function evaluate(_trigger: Trigger): Promise<void> {
  const { verdict, placement } = detectPage({ document, url: new URL(location.href) });
  report(verdict);
  shown?.element.remove();
  shown = null;
  if (!verdict.confirmed || (verdict.kind !== 'product' && verdict.kind !== 'checkout')) return;
  shown = renderNotice(verdict.kind, verdict);
  const anchor = placement.anchor;
  if (anchor?.parentElement) anchor.before(shown.element);
  else document.body.prepend(shown.element);
}
