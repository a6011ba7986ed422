/**
 * DOM reading without layout: text of an element minus scripts, styles, templates and
 * elements hidden by attribute or inline style. Never calls innerText or getComputedStyle.
 */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT']);

export function isHiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Visible text of `root`, at most `limit` characters (large pages stay cheap). */
export function visibleText(root: Element, limit = 20_000): string {
  if (isHiddenByMarkup(root)) return '';
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && out.length < limit; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (SKIP_TAGS.has(element.tagName.toUpperCase()) || isHiddenByMarkup(element)) continue;
        out += ' ';
        walk(element);
      }
    }
  };
  walk(root);
  return out.replace(/\s+/g, ' ').trim().slice(0, limit);
}

export function firstVisibleText(doc: Document, selector: string | undefined): { element: Element; text: string } | null {
  if (!selector) return null;
  for (const element of safeQueryAll(doc, selector)) {
    const text = visibleText(element, 2_000);
    if (text) return { element, text };
  }
  return null;
}

/** querySelectorAll that returns [] for a selector the engine rejects instead of throwing. */
export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}
