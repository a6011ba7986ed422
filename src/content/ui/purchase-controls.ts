/**
 * Recognises purchase controls generically, by what they say and how they are named, in
 * several languages — not per shop or per fixture. Only consulted on pages with a confirmed
 * Kaspersky verdict.
 */

/** Elements a person presses. */
const CONTROL = 'button, input[type="submit"], input[type="button"], input[type="image"], a[href], [role="button"], [role="link"]';

// Visible labels, aria-labels, values and titles (normalised: lower case, no accents).
const PURCHASE_LABEL = new RegExp(
  [
    // English
    String.raw`\badd(?:ing)? (?:it )?to (?:shopping )?(?:cart|basket|bag|trolley)\b`,
    String.raw`\bbuy(?: it)?(?: now| today)?\b`,
    String.raw`\bpurchase(?: now)?\b`,
    String.raw`\border now\b`,
    String.raw`\bplace (?:your |my )?order\b`,
    String.raw`\b(?:proceed|continue|go) to (?:secure )?(?:checkout|check out|payment|pay)\b`,
    String.raw`^(?:secure )?check ?out\b`,
    String.raw`\bcomplete (?:my |your )?(?:purchase|order)\b`,
    String.raw`\bpay now\b`,
    // Spanish
    String.raw`\b(?:anadir|agregar|anadelo|agregalo) al (?:carrito|carro)\b`,
    String.raw`\b(?:anadir|agregar) a la (?:cesta|bolsa)\b`,
    String.raw`\bcomprar(?: ahora| ya)?\b`,
    String.raw`\b(?:realizar|tramitar|confirmar|finalizar) (?:el )?(?:pedido|compra)\b`,
    String.raw`\b(?:proceder|continuar|ir) (?:al|a) (?:pago|pagar|caja)\b`,
    String.raw`\bpagar(?: ahora)?\b`,
    // German, French, Italian, Portuguese, Dutch
    String.raw`\bin den (?:warenkorb|einkaufswagen)\b`,
    String.raw`\b(?:jetzt )?kaufen\b`,
    String.raw`\bzur kasse\b`,
    String.raw`\bzahlungspflichtig bestellen\b`,
    String.raw`\bajouter au panier\b`,
    String.raw`\bacheter(?: maintenant)?\b`,
    String.raw`\b(?:passer|valider) (?:la |ma )?commande\b`,
    String.raw`\baggiungi al carrello\b`,
    String.raw`\bacquista(?: ora)?\b`,
    String.raw`\bprocedi all'ordine\b`,
    String.raw`\badicionar ao carrinho\b`,
    String.raw`\bcomprar agora\b`,
    String.raw`\bin (?:de )?winkelwagen\b`,
    String.raw`\bnu kopen\b`,
  ].join('|'),
);

// Ids, names and classes that shops give their purchase controls.
const PURCHASE_NAME = /add[-_. ]?to[-_. ]?(?:cart|basket|bag)|addto(?:cart|basket|bag)|buy[-_. ]?(?:it[-_. ]?)?now|buynow|place[-_. ]?order|placeorder|proceed[-_. ]?to[-_. ]?checkout|proceedtocheckout|checkout[-_. ]?button|btn[-_. ]?checkout|submit[-_. ]?order|one[-_. ]?click/i;

// Actions on a cart that are not purchases, even when a shop's name for them mentions the cart.
const NOT_PURCHASE = /\b(?:remove|delete|update|save for later|wish ?list|compare|share|quantity|qty|search|subscribe|newsletter|coupon|promo|apply|eliminar|quitar|borrar|actualizar|guardar|lista de deseos|comparar|compartir|cantidad|buscar|cupon|suscribir|entfernen|loschen|supprimer|rimuovi|remover)\b/;

// Form actions that put something in a cart or start a checkout.
const CART_ENDPOINT = /add[-_]?to[-_]?(?:cart|basket|bag)|\/cart\/add\b|\/basket\/add\b|\/checkout\b|\/buy\b|\/gp\/buy\/|\/place[-_]?order\b|\/order\/(?:create|place|submit)\b|[?&](?:add-to-cart|add_to_cart)=/i;

const MAX_LABEL = 80;

// Other products' own buttons on a product or cart page: recommendation carousels, sponsored
// slots, "frequently bought together". Pressing those does not buy the Kaspersky product.
const OTHER_PRODUCTS = '[class*="carousel" i], [id*="carousel" i], [class*="recommend" i], [id*="recommend" i], [class*="sponsored" i], [id^="sp_detail"], [class*="also-bought" i], [class*="related-products" i], [data-component-type="sp-sponsored-result"]';

export function normalise(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function labelOf(control: Element): string {
  const parts: string[] = [];
  const aria = control.getAttribute('aria-label');
  if (aria) parts.push(aria);
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const id of labelledBy.split(/\s+/)) {
      const label = control.ownerDocument.getElementById(id);
      if (label?.textContent) parts.push(label.textContent);
    }
  }
  if (control instanceof HTMLInputElement) {
    if (control.type === 'image') parts.push(control.alt);
    else parts.push(control.value);
  } else {
    parts.push((control.textContent ?? '').slice(0, MAX_LABEL * 2));
  }
  const title = control.getAttribute('title');
  if (title) parts.push(title);
  return parts.map(normalise).filter((p) => p.length > 0 && p.length <= MAX_LABEL).join(' | ');
}

function namesOf(control: Element): string {
  return [control.id, control.getAttribute('name') ?? '', typeof control.className === 'string' ? control.className : '', control.getAttribute('data-action') ?? ''].join(' ');
}

/** True when the control's words or names say it buys, adds to cart or checks out. */
export function isPurchaseControl(control: Element): boolean {
  const label = labelOf(control);
  if (label && NOT_PURCHASE.test(label) && !PURCHASE_LABEL.test(label.replace(NOT_PURCHASE, ''))) return false;
  if (label && label.split(' | ').some((part) => PURCHASE_LABEL.test(part))) return true;
  return PURCHASE_NAME.test(namesOf(control)) && !(label && NOT_PURCHASE.test(label));
}

/** The purchase control an event was aimed at (the target itself or an enclosing control), if any. */
export function purchaseControlFor(target: EventTarget | null): Element | null {
  if (!(target instanceof Element)) return null;
  const control = target.closest(CONTROL);
  if (!control || control.closest('[data-kaspersky-warning]') || control.closest(OTHER_PRODUCTS)) return null;
  return isPurchaseControl(control) ? control : null;
}

/** A form submission that buys: a purchase submitter, or an unlabelled one posting to a cart/checkout endpoint. */
export function isPurchaseSubmit(form: HTMLFormElement, submitter: HTMLElement | null): boolean {
  if (submitter && isPurchaseControl(submitter)) return true;
  if (submitter) {
    const label = labelOf(submitter);
    if (label && NOT_PURCHASE.test(label)) return false;
  }
  const action = form.getAttribute('action') ?? '';
  return CART_ENDPOINT.test(action) || (!submitter && PURCHASE_NAME.test(namesOf(form)));
}

/** Native controls whose Enter/Space the browser turns into a click by itself. */
export function activatesOnKey(control: Element): boolean {
  return control instanceof HTMLButtonElement || control instanceof HTMLInputElement || control instanceof HTMLAnchorElement;
}
