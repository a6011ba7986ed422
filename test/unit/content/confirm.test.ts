import { describe, expect, it, vi } from 'vitest';
import { mountConfirm, type SupportContact } from '../../../src/content/ui/confirm';
import type { Verdict } from '../../../src/detect/types';
import { uiText } from './ui-text';

const verdict: Verdict = { kind: 'product', confidence: 1, confirmed: true, products: ['Kaspersky Plus'], evidence: [] };
const noSupport: SupportContact = { organizationName: '', message: '', supportUrl: '', supportEmail: '' };

function mount(block = false, support = noSupport) {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const root = host.attachShadow({ mode: 'open' });
  const handlers = { onGoBack: vi.fn(), onContinue: vi.fn(), onOpenDetails: vi.fn() };
  const mounted = mountConfirm(root, { kind: 'product', verdict, text: uiText('en'), block, support, ...handlers });
  const labels = () => Array.from(root.querySelectorAll('button')).map((b) => b.textContent);
  const key = (k: string, shiftKey = false) => mounted.dialog.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, cancelable: true }));
  return { root, mounted, handlers, labels, key };
}

describe('confirmation', () => {
  it('is an alertdialog, labelled and described, naming the product and both dates', () => {
    const { root, mounted } = mount();
    expect(mounted.dialog.getAttribute('role')).toBe('alertdialog');
    expect(mounted.dialog.getAttribute('aria-modal')).toBe('true');
    expect(root.getElementById(mounted.dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Buy Kaspersky software?');
    const body = root.getElementById(mounted.dialog.getAttribute('aria-describedby')!)!.textContent;
    expect(body).toContain('Kaspersky Plus is Kaspersky software.');
    expect(body).toContain('July 20, 2024');
    expect(body).toContain('September 29, 2024');
  });

  it('"Go back" is the default: it takes focus; Escape goes back', () => {
    const { root, mounted, handlers, key } = mount();
    mounted.focusDefault();
    expect(root.activeElement?.textContent).toBe('Go back');
    key('Escape');
    expect(handlers.onGoBack).toHaveBeenCalledOnce();
    expect(handlers.onContinue).not.toHaveBeenCalled();
  });

  it('Tab and Shift+Tab stay inside the dialog', () => {
    const { root, mounted, key } = mount();
    mounted.focusDefault();
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      key('Tab');
      seen.push(root.activeElement!.textContent!);
    }
    expect(seen).toEqual(['Details and sources', 'Continue anyway', 'Go back', 'Details and sources']);
    key('Tab', true);
    expect(root.activeElement!.textContent).toBe('Go back');
  });

  it('keys pressed in the dialog do not reach the page', () => {
    const { mounted } = mount();
    const pageListener = vi.fn();
    document.addEventListener('keydown', pageListener);
    mounted.dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    document.removeEventListener('keydown', pageListener);
    expect(pageListener).not.toHaveBeenCalled();
  });

  it('Continue anyway hands the action back', () => {
    const { root, handlers } = mount();
    Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Continue anyway')!.click();
    expect(handlers.onContinue).toHaveBeenCalledOnce();
  });

  it("block mode: no Continue, the organisation's words and its support contact instead", () => {
    const { root, labels } = mount(true, { organizationName: 'Example Corp', message: 'Ask IT first.', supportUrl: 'https://it.example.com/', supportEmail: 'it@example.com' });
    expect(labels()).toEqual(['Go back', 'Details and sources']);
    const text = root.textContent ?? '';
    expect(text).toContain('Example Corp does not allow buying Kaspersky software.');
    expect(text).toContain('Ask IT first.');
    const links = Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://it.example.com/', 'mailto:it@example.com']);
  });
});
