/**
 * Every in-page warning is one light-DOM host element carrying `data-kaspersky-warning`
 * (design §2) with its content in a closed shadow root. Styles go in through a
 * constructable stylesheet, which page CSPs cannot block.
 */
export type WarningKind = 'product' | 'checkout' | 'confirm' | 'listing';

export interface WarningHost {
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
}

export function createWarningHost(kind: WarningKind, css: string): WarningHost {
  const element = document.createElement('kaspersky-sale-warning');
  element.setAttribute('data-kaspersky-warning', kind);
  // Keep the page's own styles from sizing, hiding or moving the host.
  element.style.setProperty('all', 'initial', 'important');
  element.style.setProperty('display', 'block', 'important');
  const root = element.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  return { element, root };
}
