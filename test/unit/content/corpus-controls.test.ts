import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../fixtures/corpus';
import { readFixture } from '../../fixtures/load';
import { purchaseControlFor } from '../../../src/content/ui/purchase-controls';

const CONTROLS = 'button, input[type="submit"], input[type="button"], input[type="image"], a[href], [role="button"]';

/** Labels of the controls the confirmation would hold on a page. */
function heldControls(html: string): string[] {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  return Array.from(document.querySelectorAll(CONTROLS))
    .filter((control) => purchaseControlFor(control) !== null)
    .map((control) => ((control as HTMLInputElement).value || control.getAttribute('aria-label') || control.textContent || '').trim().replace(/\s+/g, ' '));
}

/** Positive pages that have no purchase control at all, and why. */
const WITHOUT_PURCHASE_CONTROL: Readonly<Record<string, string>> = {
  'magento/checkout.html': 'the shipping-address step; the order button comes on the next step',
};

describe('purchase controls across the fixture corpus (generic matching, not per shop)', () => {
  for (const page of CORPUS.filter((p) => (p.expect === 'product' || p.expect === 'checkout') && !p.dynamic)) {
    const none = WITHOUT_PURCHASE_CONTROL[page.file];
    it(`${page.file}: ${none ? `holds nothing (${none})` : "the page's purchase control is recognised"}`, () => {
      const held = heldControls(readFixture(page.file));
      if (none) expect(held).toEqual([]);
      else expect(held).not.toEqual([]);
    });
  }

  it('never holds the cart link, search or account navigation on any page', () => {
    const held = CORPUS.filter((p) => !p.dynamic).flatMap((p) => heldControls(readFixture(p.file)));
    const navigation = held.filter((label) => /^(?:\d+\s*)?(?:items? in )?(?:cart|basket|bag|warenkorb|carrito|panier|carrello|cesta)(?:\s*\d+)?$|^(?:go|search|sign in|account)$/i.test(label));
    expect(held.length).toBeGreaterThan(30);
    expect(navigation).toEqual([]);
  });
});
