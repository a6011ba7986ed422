import type { Verdict } from '../../detect/types';
import { el, warningIcon } from './dom';
import { describeEvidence } from './evidence';
import { banDates, type UiText } from './text';

export interface NoticeOptions {
  readonly kind: 'product' | 'checkout';
  readonly verdict: Verdict;
  readonly text: UiText;
  /** Days "don't warn me on this site" lasts, or null when dismissing is not allowed. */
  readonly dismissDays: number | null;
  onHide(): void;
  onDismissSite(): void;
  onOpenDetails(): void;
}

export interface MountedNotice {
  /**
   * Fills the live region. Called once the host is in the document: screen readers announce
   * a live region's changes, not a region that arrives already filled.
   */
  announce(): void;
}

/**
 * The product / checkout notice: one line that matters, a "Why?" with the product and the
 * evidence, a way to the details page, ✕ for this page view and "don't warn me on this site".
 */
export function mountNotice(root: ShadowRoot | HTMLElement, options: NoticeOptions): MountedNotice {
  const { kind, verdict, text } = options;
  const { t } = text;
  const [sales, updates] = banDates(text);
  const product = verdict.products[0] ?? t('productFallback');
  const headline = t(kind === 'checkout' ? 'noticeCheckoutTitle' : 'noticeProductTitle', [sales, updates]);

  const title = el('p', { className: 'title', attrs: { role: 'status' } });
  const whyId = 'why-panel';
  const why = el('div', { className: 'why', attrs: { id: whyId, hidden: '' } }, [
    el('p', { text: t(kind === 'checkout' ? 'noticeWhyCart' : 'noticeWhyProduct', [product]) }),
    el('p', { text: t('noticeWhyEvidence', [describeEvidence(verdict.evidence, text)]) }),
    el('p', { text: t('noticeWhyRule') }),
  ]);
  const whyButton = el('button', { className: 'link', text: t('noticeWhyButton'), attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': whyId } });
  whyButton.addEventListener('click', () => {
    const open = why.hidden;
    why.hidden = !open;
    whyButton.setAttribute('aria-expanded', String(open));
  });
  const details = el('button', { className: 'link', text: t('noticeDetailsLink'), attrs: { type: 'button' } });
  details.addEventListener('click', () => options.onOpenDetails());
  const actions = el('div', { className: 'actions' }, [whyButton, details]);
  if (options.dismissDays !== null) {
    const dismiss = el('button', { className: 'link', text: t('noticeDismissSiteDays', [String(options.dismissDays)]), attrs: { type: 'button' } });
    dismiss.addEventListener('click', () => options.onDismissSite());
    actions.append(dismiss);
  }
  const close = el('button', { className: 'close', text: '✕', attrs: { type: 'button', 'aria-label': t('noticeClose'), title: t('noticeClose') } });
  close.addEventListener('click', () => options.onHide());

  const box = el('section', { className: 'notice', attrs: { 'aria-label': t('noticeLabel'), lang: text.locale } }, [
    warningIcon('icon'),
    el('div', { className: 'body' }, [title, actions, why]),
    close,
  ]);
  const wrapper = el('div', { className: 'root' }, [box]);
  root.append(wrapper);
  return {
    announce() {
      title.textContent = headline;
    },
  };
}
