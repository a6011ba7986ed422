import type { Verdict } from '../../detect/types';
import { t } from '../../platform/browser';
import { createWarningHost, type WarningHost } from './host';

const NOTICE_CSS = `
:host { all: initial; }
.notice { box-sizing: border-box; margin: 12px 0; padding: 12px 16px; border: 2px solid #b42318; border-radius: 8px;
  background: #fff4f2; color: #1d1d1f; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 100%; }
.title { font-weight: 700; margin: 0 0 4px; }
.why { margin: 4px 0 0; font-size: 13px; }
a { color: #0b57d0; }
@media (prefers-color-scheme: dark) { .notice { background: #2b1412; color: #f5f5f7; border-color: #f97066; } a { color: #8ab4f8; } }
@media (forced-colors: active) { .notice { border-color: CanvasText; } }
`;

/** The product / checkout notice: one line that matters, the product and why it was flagged. */
export function renderNotice(kind: 'product' | 'checkout', verdict: Verdict): WarningHost {
  const host = createWarningHost(kind, NOTICE_CSS);
  const box = document.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', 'status');
  const title = document.createElement('p');
  title.className = 'title';
  title.textContent = t(kind === 'checkout' ? 'noticeCheckoutTitle' : 'noticeProductTitle');
  const why = document.createElement('p');
  why.className = 'why';
  why.textContent = t('noticeWhy', [verdict.products[0] ?? t('productFallback')]);
  box.append(title, why);
  host.root.append(box);
  return host;
}
