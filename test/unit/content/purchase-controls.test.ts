import { describe, expect, it } from 'vitest';
import { isPurchaseSubmit, purchaseControlFor } from '../../../src/content/ui/purchase-controls';

function control(html: string): Element {
  document.body.innerHTML = html;
  return document.body.querySelector('[data-test]') ?? document.body.firstElementChild!;
}

describe('purchase controls are recognised generically', () => {
  it.each([
    '<button>Add to Cart</button>',
    '<button>  Add   to   basket </button>',
    '<input type="submit" value="Buy Now">',
    '<a href="/checkout/cart?sku=1" class="btn">Buy now</a>',
    '<button>Place your order</button>',
    '<input type="submit" value="Proceed to checkout">',
    '<button>Añadir al carrito</button>',
    '<button>Comprar ahora</button>',
    '<button>Tramitar pedido</button>',
    '<button>Finalizar compra</button>',
    '<button>In den Warenkorb</button>',
    '<button>Ajouter au panier</button>',
    '<div role="button" tabindex="0">Agregar al carrito</div>',
    '<button aria-label="Add to cart"><svg></svg></button>',
    '<button id="add-to-cart-button"><svg></svg></button>',
    '<input type="image" alt="Buy it now" src="x.png">',
  ])('%s', (html) => {
    expect(purchaseControlFor(control(html))).not.toBeNull();
  });

  it('finds the control from a child element the click landed on', () => {
    document.body.innerHTML = '<button id="b"><span id="inner">Add to Cart</span></button>';
    expect(purchaseControlFor(document.getElementById('inner'))?.id).toBe('b');
  });

  it.each([
    '<a href="/cart">Cart</a>',
    '<a href="/gp/cart/view.html" aria-label="0 items in cart">0 Cart</a>',
    '<button>Remove from cart</button>',
    '<input type="submit" value="Delete" name="submit.delete.C1">',
    '<button>Add to wish list</button>',
    '<button>Eliminar del carrito</button>',
    '<button>Go</button>',
    '<button>Subscribe to our newsletter</button>',
    '<a href="/buying-guide">Antivirus buying guide</a>',
    '<p>Buy now</p>',
  ])('not %s', (html) => {
    expect(purchaseControlFor(control(html))).toBeNull();
  });

  it("leaves other products' buttons alone (recommendations, sponsored)", () => {
    document.body.innerHTML = '<div id="sp_detail" class="a-carousel-container"><ol class="a-carousel"><li><button id="rec">Add to Cart</button></li></ol></div>';
    expect(purchaseControlFor(document.getElementById('rec'))).toBeNull();
    document.body.innerHTML = '<section class="recommendations"><button id="rec2">Añadir al carrito</button></section>';
    expect(purchaseControlFor(document.getElementById('rec2'))).toBeNull();
  });

  it('never treats our own warning as a purchase control', () => {
    document.body.innerHTML = '<div data-kaspersky-warning="product"><button id="own">Buy now</button></div>';
    expect(purchaseControlFor(document.getElementById('own'))).toBeNull();
  });
});

describe('form submissions that buy', () => {
  const form = (html: string): [HTMLFormElement, HTMLElement | null] => {
    document.body.innerHTML = html;
    return [document.querySelector('form')!, document.querySelector<HTMLElement>('[data-submitter]')];
  };

  it('a purchase submitter', () => {
    expect(isPurchaseSubmit(...form('<form action="/x"><input data-submitter type="submit" value="Add to Cart"></form>'))).toBe(true);
  });
  it('an unlabelled submit to an add-to-cart endpoint (e.g. Enter in a field)', () => {
    expect(isPurchaseSubmit(...form('<form action="/gp/add-to-cart/html/ref=x"><input name="qty"></form>'))).toBe(true);
    expect(isPurchaseSubmit(...form('<form action="/cart/add"><input name="id"></form>'))).toBe(true);
  });
  it('a removal from the cart, even to a cart endpoint, is not a purchase', () => {
    expect(isPurchaseSubmit(...form('<form action="/cart/add"><input data-submitter type="submit" value="Remove"></form>'))).toBe(false);
  });
  it('search and other forms are not purchases', () => {
    expect(isPurchaseSubmit(...form('<form action="/s"><input name="k"><input data-submitter type="submit" value="Go"></form>'))).toBe(false);
    expect(isPurchaseSubmit(...form('<form action="/cart/ref=ox_sc_cart_actions_1"><input data-submitter type="submit" value="Delete"></form>'))).toBe(false);
  });
});
