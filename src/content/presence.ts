/**
 * The one-time notice that Kaspersky software seems to be running on this computer
 * (issue: "Kaspersky already on this computer"). It is not a shopping warning, so it has
 * its own host element (`data-kaspersky-presence`, never `data-kaspersky-warning`): a
 * small card fixed in a corner that the person closes with ✕. The background decides
 * when it is due (two sites within a day, then not again for 30 days).
 */
import { browser, sendMessage, t } from '../platform/browser';
import { UPDATES_END } from '../facts';
import { formatWarningDate } from './ui/text';
import { STYLES } from './ui/styles';
import { el, warningIcon } from './ui/dom';

const HOST_STYLE: Readonly<Record<string, string>> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  bottom: '16px',
  right: '16px',
  left: 'auto',
  width: 'min(380px, calc(100vw - 32px))',
  'z-index': '2147483646',
};

let shown: HTMLElement | null = null;

export function showPresenceNotice(): void {
  // Never beside a purchase warning, and once per page view.
  if (shown || document.querySelector('[data-kaspersky-warning]')) return;
  const host = document.createElement('div');
  host.setAttribute('data-kaspersky-presence', 'notice');
  for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES.notice);
  root.adoptedStyleSheets = [sheet];

  const locale = browser.i18n.getUILanguage();
  const title = el('p', { className: 'title', attrs: { role: 'status' } });
  const more = el('button', { className: 'link', text: t('presenceWhatToDo'), attrs: { type: 'button' } });
  more.addEventListener('click', () => void sendMessage({ type: 'open-details', from: 'presence' }).catch(() => undefined));
  const close = el('button', { className: 'close', text: '✕', attrs: { type: 'button', 'aria-label': t('presenceClose'), title: t('presenceClose') } });
  close.addEventListener('click', () => host.remove());
  const card = el('section', { className: 'notice', attrs: { 'aria-label': t('presenceLabel'), lang: locale } }, [
    warningIcon('icon'),
    el('div', { className: 'body' }, [title, el('div', { className: 'actions' }, [more])]),
    close,
  ]);
  root.append(el('div', { className: 'root' }, [card]));
  (document.body ?? document.documentElement).append(host);
  shown = host;
  // Filled after insertion so that screen readers announce it.
  title.textContent = t('presenceNotice', [formatWarningDate(UPDATES_END, { t, locale })]);
}
