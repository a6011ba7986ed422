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
import { loadSettings, onSettingsChanged } from '../settings/store';
import { behaviourForHost } from '../settings/resolve';
import { reportWarningEvent } from '../shared/report-event';

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

let watchingSettings = false;

export async function evaluate(_trigger: Trigger): Promise<void> {
  // Settings come from storage.local (the managed policy is cached there): no wait on storage.managed.
  const behaviour = behaviourForHost((await loadSettings()).values, location.hostname);
  if (!watchingSettings) {
    // A policy or settings change reaches this page live.
    watchingSettings = true;
    onSettingsChanged(() => void evaluate('settings'));
  }
  const { verdict, placement } = detectPage({ document, url: new URL(location.href) });
  // Mode off or an excluded host: no badge either, so report nothing found.
  report(behaviour.badge ? verdict : NO_VERDICT);
  shown?.element.remove();
  shown = null;
  if (!behaviour.notices || !verdict.confirmed || (verdict.kind !== 'product' && verdict.kind !== 'checkout')) return;
  shown = renderNotice(verdict.kind, verdict);
  reportWarningEvent(verdict.kind, verdict.products[0] ?? '', 'shown');
  const anchor = placement.anchor;
  if (anchor?.parentElement) anchor.before(shown.element);
  else document.body.prepend(shown.element);
}
