import { describe, expect, it, vi } from 'vitest';
import { mountNotice } from '../../../src/content/ui/notice';
import type { Verdict } from '../../../src/detect/types';
import { uiText } from './ui-text';

const verdict: Verdict = {
  kind: 'product',
  confidence: 1,
  confirmed: true,
  products: ['Kaspersky Premium'],
  evidence: [
    { signal: 'product-title', detail: 'Kaspersky Premium', strength: 'weak' },
    { signal: 'jsonld-brand', detail: 'Kaspersky', strength: 'strong' },
  ],
};

function mount(options: Partial<Parameters<typeof mountNotice>[1]> = {}) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const handlers = { onHide: vi.fn(), onDismissSite: vi.fn(), onOpenDetails: vi.fn() };
  const mounted = mountNotice(root, { kind: 'product', verdict, text: uiText('en'), dismissDays: 30, ...handlers, ...options });
  const button = (label: string) => Array.from(root.querySelectorAll('button')).find((b) => b.textContent === label || b.getAttribute('aria-label') === label);
  return { root, mounted, handlers, button };
}

describe('notice', () => {
  it('announces its one line through a live region filled after insertion', () => {
    const { root, mounted } = mount();
    const status = root.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('');
    mounted.announce();
    expect(status.textContent).toBe(
      'This is Kaspersky software. Its sale to U.S. customers has been prohibited since July 20, 2024, and it has received no updates in the U.S. since September 29, 2024.',
    );
  });

  it('"Why?" reveals the product and the evidence, strongest first, and says what is not illegal', () => {
    const { root, button } = mount();
    const why = root.querySelector<HTMLElement>('.why')!;
    expect(why.hidden).toBe(true);
    button('Why?')!.click();
    expect(why.hidden).toBe(false);
    expect(button('Why?')!.getAttribute('aria-expanded')).toBe('true');
    expect(why.textContent).toContain('This page sells Kaspersky Premium.');
    expect(why.textContent).toContain('Recognised from: the brand listed for this product and the product name.');
    expect(why.textContent).toContain('not illegal');
  });

  it('✕ hides, the details link asks to open the details page, and dismissal names its duration', () => {
    const { button, handlers } = mount();
    button('Hide this warning')!.click();
    button('Details and sources')!.click();
    button("Don't warn me on this site for 30 days")!.click();
    expect(handlers.onHide).toHaveBeenCalledOnce();
    expect(handlers.onOpenDetails).toHaveBeenCalledOnce();
    expect(handlers.onDismissSite).toHaveBeenCalledOnce();
  });

  it('offers no site dismissal when the settings do not allow it', () => {
    const { root } = mount({ dismissDays: null });
    expect(Array.from(root.querySelectorAll('button')).map((b) => b.textContent)).toEqual(['Why?', 'Details and sources', '✕']);
  });

  it('speaks Spanish with Spanish dates', () => {
    const { root, mounted } = mount({ kind: 'checkout', text: uiText('es') });
    mounted.announce();
    expect(root.querySelector('[role="status"]')!.textContent).toBe(
      'Su carrito contiene software de Kaspersky. Su venta a clientes de EE. UU. está prohibida desde el 20 de julio de 2024 y no recibe actualizaciones en EE. UU. desde el 29 de septiembre de 2024.',
    );
    expect(root.querySelector('section')!.getAttribute('lang')).toBe('es');
  });
});

describe('dates in warnings', () => {
  it('are spelt from the locale messages exactly as Intl spells them, for every month', async () => {
    const { formatWarningDate } = await import('../../../src/content/ui/text');
    const { formatFactDate } = await import('../../../src/facts');
    for (const lang of ['en', 'es'] as const) {
      for (let month = 1; month <= 12; month += 1) {
        const iso = `2024-${String(month).padStart(2, '0')}-${month === 2 ? '09' : '29'}`;
        expect(formatWarningDate(iso, uiText(lang)), `${lang} ${iso}`).toBe(formatFactDate(iso, lang));
      }
    }
  });

  it('fall back to Intl when the messages are missing', async () => {
    const { formatWarningDate } = await import('../../../src/content/ui/text');
    expect(formatWarningDate('2024-07-20', { locale: 'en-US', t: () => '' })).toBe('July 20, 2024');
  });
});
