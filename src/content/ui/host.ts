/**
 * Every in-page warning is one light-DOM host element carrying `data-kaspersky-warning`
 * (design §2) with its content in a closed shadow root. Styles go in through a
 * constructable stylesheet, which page CSPs cannot block (no <style> element, no inline
 * style attribute inside the root).
 */
import { STYLES, type StyleName } from './styles';

export type WarningKind = 'product' | 'checkout' | 'confirm' | 'listing';

export interface WarningHost {
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
}

/** Inline, !important host styles: they beat any page stylesheet, so the page cannot hide or move us by accident. */
const HOST_STYLE: Readonly<Record<WarningKind, Readonly<Record<string, string>>>> = {
  product: { display: 'block', margin: '0' },
  checkout: { display: 'block', margin: '0' },
  listing: { display: 'block', margin: '0' },
  confirm: { display: 'block', position: 'fixed', inset: '0', 'z-index': '2147483647' },
};

/** Sets (or resets, after a page tampered with it) the host's own inline style. */
export function applyHostStyle(element: HTMLElement, kind: WarningKind): void {
  element.removeAttribute('style');
  element.style.setProperty('all', 'initial', 'important');
  for (const [name, value] of Object.entries(HOST_STYLE[kind])) element.style.setProperty(name, value, 'important');
  element.style.setProperty('visibility', 'visible', 'important');
  element.style.setProperty('opacity', '1', 'important');
  element.style.setProperty('pointer-events', 'auto', 'important');
}

export function createWarningHost(kind: WarningKind, css: string): WarningHost {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return createHostWithSheet(kind, sheet);
}

const sheets = new Map<StyleName, CSSStyleSheet>();

/** A host with the stylesheet for its kind; one sheet object is shared by every host of that kind. */
export function createStyledHost(kind: WarningKind): WarningHost {
  const name: StyleName = kind === 'confirm' ? 'confirm' : kind === 'listing' ? 'listing' : 'notice';
  let sheet = sheets.get(name);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES[name]);
    sheets.set(name, sheet);
  }
  return createHostWithSheet(kind, sheet);
}

function createHostWithSheet(kind: WarningKind, sheet: CSSStyleSheet): WarningHost {
  // A plain <div>, not a custom tag: a page can register a custom element under any
  // custom tag name before we run, and the browser would upgrade our host with the page's
  // class (which can take the shadow root first or hide itself). Built-ins cannot be taken.
  const element = document.createElement('div');
  element.setAttribute('data-kaspersky-warning', kind);
  applyHostStyle(element, kind);
  const root = element.attachShadow({ mode: 'closed' });
  root.adoptedStyleSheets = [sheet];
  return { element, root };
}
