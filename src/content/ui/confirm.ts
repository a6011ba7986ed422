import type { Verdict } from '../../detect/types';
import { el, warningIcon } from './dom';
import { banDates, type UiText } from './text';

/** The organisation's contact, shown when a policy blocks the purchase (settings: organizationName, message, supportUrl, supportEmail). */
export interface SupportContact {
  readonly organizationName: string;
  readonly message: string;
  readonly supportUrl: string;
  readonly supportEmail: string;
}

export interface ConfirmOptions {
  readonly kind: 'product' | 'checkout';
  readonly verdict: Verdict;
  readonly text: UiText;
  /** Enterprise block mode: no "Continue anyway". */
  readonly block: boolean;
  readonly support: SupportContact;
  onGoBack(): void;
  onContinue(): void;
  onOpenDetails(): void;
}

export interface MountedConfirm {
  readonly dialog: HTMLElement;
  /** Moves focus to the default action, "Go back". */
  focusDefault(): void;
}

const FOCUSABLE = 'button:not([disabled]), a[href]';

/**
 * The confirmation (`role="alertdialog"`): "Go back" is the default and has focus, Escape
 * goes back, Tab cycles inside the dialog, "Continue anyway" (absent in block mode) hands
 * the original action back to the page.
 */
export function mountConfirm(root: ShadowRoot | HTMLElement, options: ConfirmOptions): MountedConfirm {
  const { kind, verdict, text, support } = options;
  const { t } = text;
  const [sales, updates] = banDates(text);
  const product = verdict.products[0] ?? t('productFallback');

  const body = el('div', { className: 'dialog-body', attrs: { id: 'confirm-body' } }, [
    el('p', { text: t('confirmBody', [product, sales, updates]) }),
  ]);
  if (options.block || support.message) {
    const org = el('div', { className: 'org' });
    if (options.block) org.append(el('p', { text: support.organizationName ? t('confirmBlockedBy', [support.organizationName]) : t('confirmBlocked') }));
    // The administrator's own words, shown as they wrote them (text, never HTML).
    if (support.message) org.append(el('p', { text: support.message }));
    if (options.block && support.supportUrl) org.append(el('p', {}, [el('a', { text: t('confirmSupportLink'), attrs: { href: support.supportUrl, target: '_blank', rel: 'noopener noreferrer' } })]));
    if (options.block && support.supportEmail) org.append(el('p', {}, [el('a', { text: t('confirmSupportEmail', [support.supportEmail]), attrs: { href: `mailto:${support.supportEmail}` } })]));
    body.append(org);
  }

  const goBack = el('button', { className: 'btn btn-primary', text: t('confirmGoBack'), attrs: { type: 'button' } });
  goBack.addEventListener('click', () => options.onGoBack());
  const buttons = el('div', { className: 'buttons' });
  if (!options.block) {
    const proceed = el('button', { className: 'btn btn-secondary', text: t('confirmContinue'), attrs: { type: 'button' } });
    proceed.addEventListener('click', () => options.onContinue());
    buttons.append(proceed);
  }
  buttons.append(goBack);
  const details = el('button', { className: 'link details', text: t('noticeDetailsLink'), attrs: { type: 'button' } });
  details.addEventListener('click', () => options.onOpenDetails());

  const dialog = el('div', { className: 'dialog', attrs: { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-body', lang: text.locale, tabindex: '-1' } }, [
    el('div', { className: 'head' }, [warningIcon('icon'), el('h2', { className: 'dialog-title', text: t(kind === 'checkout' ? 'confirmCheckoutTitle' : 'confirmProductTitle'), attrs: { id: 'confirm-title' } })]),
    body,
    buttons,
    el('p', {}, [details]),
  ]);
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      options.onGoBack();
    } else if (event.key === 'Tab') {
      trapTab(event, dialog, root);
    }
    // Keys pressed in the dialog are ours: the page's own shortcuts must not act on them.
    event.stopPropagation();
  });
  root.append(el('div', { className: 'root' }, [el('div', { className: 'backdrop' }, [dialog])]));
  return { dialog, focusDefault: () => goBack.focus() };
}

function trapTab(event: KeyboardEvent, dialog: HTMLElement, root: ShadowRoot | HTMLElement): void {
  const focusable = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE));
  if (focusable.length === 0) return;
  const active = (root instanceof ShadowRoot ? root.activeElement : document.activeElement) as HTMLElement | null;
  const index = active ? focusable.indexOf(active) : -1;
  const next = event.shiftKey ? (index <= 0 ? focusable.length - 1 : index - 1) : index === focusable.length - 1 ? 0 : index + 1;
  event.preventDefault();
  focusable[next]!.focus();
}
