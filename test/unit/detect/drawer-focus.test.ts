import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../src/detect';
import { WHOLE_DOCUMENT_DRAWER_SEARCH_MAX_ELEMENTS } from '../../../src/detect/cart';

/** A large shop page (a Bitdefender product with many reviews) whose cart drawer is opened by script. */
function largePageWithDrawer(): Document {
  const reviews = Array.from({ length: WHOLE_DOCUMENT_DRAWER_SEARCH_MAX_ELEMENTS }, (_, i) => `<li class="review"><p>Review ${i}: works well.</p></li>`).join('');
  return new DOMParser().parseFromString(
    `<html><head><title>Bitdefender Total Security – Shop</title></head><body>
     <main><h1>Bitdefender Total Security 5 Devices</h1><button name="add">Add to cart</button><ul>${reviews}</ul></main>
     <cart-drawer class="drawer is-open" open><div class="drawer__inner"><ul>
       <li class="cart-item"><a class="cart-item__name" href="/products/kaspersky-premium">Kaspersky Premium 3 Devices 1 Year</a><span>$59.99</span></li>
     </ul></div></cart-drawer></body></html>`,
    'text/html',
  );
}
const url = new URL('https://keysoftdeals.com/products/bitdefender-total-security');

describe('cart drawers on a large page', () => {
  it('are found in and around the content the page just added', () => {
    const doc = largePageWithDrawer();
    const added = doc.querySelector('.cart-item')!;
    const { verdict, drawer } = detectPage({ document: doc, url, focus: [added] });
    expect(verdict.kind).toBe('checkout');
    expect(verdict.products).toContain('Kaspersky Premium');
    expect(drawer?.tagName).toBe('CART-DRAWER');
  });

  it('are found when the added content holds the drawer (a portal) or is the drawer', () => {
    const doc = largePageWithDrawer();
    for (const added of [doc.body.lastElementChild!, doc.querySelector('cart-drawer')!]) {
      expect(detectPage({ document: doc, url, focus: [added] }).verdict.kind).toBe('checkout');
    }
  });

  it('are not searched for over the whole document without a hint (the search costs tens of ms there)', () => {
    expect(detectPage({ document: largePageWithDrawer(), url }).verdict.kind).toBe('none');
  });

  it('are searched for everywhere on a small page', () => {
    const doc = largePageWithDrawer();
    for (const review of Array.from(doc.querySelectorAll('li.review'))) review.remove();
    expect(detectPage({ document: doc, url }).verdict.kind).toBe('checkout');
  });

  it('count only while open', () => {
    const doc = largePageWithDrawer();
    const drawer = doc.querySelector('cart-drawer')!;
    drawer.removeAttribute('open');
    drawer.className = 'drawer';
    expect(detectPage({ document: doc, url, focus: [doc.querySelector('.cart-item')!] }).verdict.kind).toBe('none');
  });
});
