/**
 * Where the notice goes: next to the buy box or cart summary the detector found, in the
 * page's flow — never inside the site's navigation, a link or a button, and never laid over
 * anything (it is not positioned), so it cannot cover a buy button or a cookie dialog.
 */
const NAVIGATION = 'header, nav, [role="navigation"], [role="banner"], [role="dialog"], [aria-modal="true"]';
const INTERACTIVE = 'a, button, label, summary, select, textarea, [role="button"], [role="link"]';
// Parents whose content model does not allow a block of ours as a child.
const LIST_PARENTS = new Set(['UL', 'OL', 'DL', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'SELECT', 'OPTGROUP', 'PICTURE']);

function usableAnchor(anchor: Element | null): Element | null {
  if (!anchor?.isConnected || anchor === document.body || anchor === document.documentElement) return null;
  if (anchor.closest(NAVIGATION)) return null;
  let target: Element = anchor.closest(INTERACTIVE) ?? anchor;
  while (target.parentElement && LIST_PARENTS.has(target.parentElement.tagName)) target = target.parentElement;
  return target.parentElement ? target : null;
}

// Boxes we can open and put the notice first in (the buy box, the cart summary): a sibling
// would become an extra item in the page's grid or flex row and shift its layout.
const CONTAINERS = new Set(['DIV', 'SECTION', 'ASIDE', 'ARTICLE', 'FORM', 'FIELDSET', 'MAIN']);

/** Inserts `element` near `anchor` (or a sensible fallback); false when the document has no place for it. */
export function placeNotice(element: HTMLElement, anchor: Element | null): boolean {
  const target = usableAnchor(anchor);
  if (target && CONTAINERS.has(target.tagName) && target === anchor) {
    target.prepend(element);
    return true;
  }
  if (target) {
    target.after(element);
    return true;
  }
  const main = document.querySelector('main, [role="main"]');
  if (main && !main.closest(NAVIGATION)) {
    main.prepend(element);
    return true;
  }
  const heading = usableAnchor(document.querySelector('h1'));
  if (heading) {
    heading.after(element);
    return true;
  }
  const body = document.body;
  if (!body) return false;
  // Below the site's own header bar rather than above it.
  const header = Array.from(body.children).find((child) => child.matches(NAVIGATION));
  if (header) header.after(element);
  else body.prepend(element);
  return true;
}
