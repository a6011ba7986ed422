/**
 * Test-only page script for test/e2e/a11y.e2e.ts. The extension renders its warnings into
 * CLOSED shadow roots, which axe (like any page script) cannot enter — by design, and the
 * production code must not open them for tests. So this page mounts the very same
 * components (mountNotice, mountConfirm, mountListingMarker) with the very same
 * stylesheets (STYLES) and the built English messages into OPEN shadow roots, where axe
 * can check them in real Chromium. Only the shadow root's mode differs from production.
 */
import { mountNotice } from '../../../src/content/ui/notice';
import { mountConfirm } from '../../../src/content/ui/confirm';
import { mountListingMarker } from '../../../src/content/ui/marker';
import { STYLES, type StyleName } from '../../../src/content/ui/styles';
import type { UiText } from '../../../src/content/ui/text';
import type { Verdict } from '../../../src/detect/types';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

declare global {
  interface Window {
    KSW_MESSAGES: Messages;
    KSW_BLOCK?: boolean;
  }
}

/** chrome.i18n.getMessage's substitution rules: $NAME$ → placeholder content → $1… */
function translate(messages: Messages): UiText['t'] {
  return (key, substitutions = []) => {
    const entry = messages[key];
    if (!entry) return key;
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_m, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_n, index: string) => substitutions[Number(index) - 1] ?? '');
    });
  };
}

function openHost(kind: string, style: StyleName): ShadowRoot {
  const host = document.createElement('kaspersky-sale-warning');
  host.setAttribute('data-kaspersky-warning-test', kind);
  document.querySelector(`#slot-${kind}`)!.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES[style]);
  root.adoptedStyleSheets = [sheet];
  return root;
}

const text: UiText = { t: translate(window.KSW_MESSAGES), locale: 'en' };
const verdict: Verdict = {
  kind: 'product',
  confidence: 1,
  confirmed: true,
  products: ['Kaspersky Premium'],
  evidence: [{ signal: 'jsonld-brand', detail: 'Kaspersky Premium', strength: 'strong' }],
};
const nothing = (): void => undefined;

const slot = (kind: string): boolean => document.getElementById(`slot-${kind}`) !== null;
if (slot('notice')) mountNotice(openHost('notice', 'notice'), { kind: 'product', verdict, text, dismissDays: 30, onHide: nothing, onDismissSite: nothing, onOpenDetails: nothing }).announce();
if (slot('checkout')) {
  const checkout = { ...verdict, kind: 'checkout' as const };
  mountNotice(openHost('checkout', 'notice'), { kind: 'checkout', verdict: checkout, text, dismissDays: null, onHide: nothing, onDismissSite: nothing, onOpenDetails: nothing }).announce();
}
if (slot('listing')) mountListingMarker(openHost('listing', 'listing'), text);
if (slot('confirm')) {
  mountConfirm(openHost('confirm', 'confirm'), {
    kind: 'product',
    verdict,
    text,
    block: window.KSW_BLOCK === true,
    support: { organizationName: 'Example Corp', message: 'Ask IT before buying security software.', supportUrl: 'https://it.example.com/help', supportEmail: 'it@example.com' },
    onGoBack: nothing,
    onContinue: nothing,
    onOpenDetails: nothing,
  }).focusDefault();
}
document.body.dataset.ready = '1';
