/**
 * DOM reading without layout: text of an element minus scripts, styles, templates,
 * comments, attributes and elements hidden by markup. Never calls innerText,
 * getComputedStyle or getBoundingClientRect, and every walk is bounded.
 */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SELECT', 'TEXTAREA', 'HEAD']);
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)|font-size\s*:\s*0(?:px)?\s*(?:;|$))/i;
// Utility classes that frameworks use to hide an element (not screen-reader-only text, which is real content).
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|d-none|is-hidden|u-hidden|hide|invisible|display-none|visually-hidden-focusable-none)(?:\s|$)/i;
/** How far up the tree ancestry checks look; real pages nest product regions far less deep. */
const MAX_ANCESTORS = 40;

export function isHiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('inert')) return true;
  const style = element.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  const className = element.getAttribute('class');
  return className !== null && HIDDEN_CLASS.test(className);
}

/** True when `element` or an ancestor is hidden by markup. */
export function isHiddenInTree(element: Element): boolean {
  let depth = 0;
  for (let node: Element | null = element; node && depth < MAX_ANCESTORS; node = node.parentElement, depth += 1) {
    if (isHiddenByMarkup(node)) return true;
    if (node.tagName === 'BODY') return false;
  }
  return false;
}

/** Visible text of `root`, at most `limit` characters (large pages stay cheap). */
export function visibleText(root: Element, limit = 20_000): string {
  if (isHiddenByMarkup(root) || SKIP_TAGS.has(root.tagName.toUpperCase())) return '';
  let out = '';
  let visits = 0;
  const maxVisits = limit * 4;
  const walk = (node: Node, depth: number): void => {
    if (depth > 200) return;
    for (let child = node.firstChild; child && out.length < limit && visits < maxVisits; child = child.nextSibling) {
      visits += 1;
      if (child.nodeType === 3) {
        out += (child.nodeValue ?? '').slice(0, limit - out.length + 1);
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (SKIP_TAGS.has(element.tagName.toUpperCase()) || isHiddenByMarkup(element)) continue;
        out += ' ';
        walk(element, depth + 1);
      }
    }
  };
  walk(root, 0);
  return out.replace(/\s+/g, ' ').trim().slice(0, limit);
}

/** `#name` alone: looked up by id instead of by a selector run. */
const ID_ONLY = /^#([A-Za-z_][\w-]*)$/;

/**
 * The entries of a selector list, split at top-level commas (not inside brackets,
 * parentheses or quotes). Browsers answer a lone `#id` by lookup, but match a list element
 * by element against every entry: on a 2 MB page a list of a few ids costs milliseconds.
 */
export function selectorList(selector: string): readonly string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < selector.length; i += 1) {
    const c = selector[i]!;
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth += 1;
    else if (c === ']' || c === ')') depth -= 1;
    else if (c === ',' && depth === 0) {
      parts.push(selector.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(selector.slice(start).trim());
  return parts.filter(Boolean);
}

function byId(root: ParentNode, id: string): Element | null {
  const doc = (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
  const element: Element | null = doc?.getElementById(id) ?? null;
  return element && element !== root && (root === doc || (root as Node).contains(element)) ? element : null;
}

function inDocumentOrder(elements: Element[]): Element[] {
  return elements.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** A selector list as its `#id` entries (looked up by id) and the rest (one selector run); the detector's lists are few and fixed, so each is split once. */
const splitLists = new Map<string, { ids: string[]; rest: string }>();
function idsAndRest(selector: string): { ids: string[]; rest: string } {
  const known = splitLists.get(selector);
  if (known) return known;
  const ids: string[] = [];
  const rest: string[] = [];
  for (const part of selectorList(selector)) {
    const id = ID_ONLY.exec(part)?.[1];
    if (id) ids.push(id);
    else rest.push(part);
  }
  const split = { ids, rest: rest.join(', ') };
  if (splitLists.size < 500) splitLists.set(selector, split);
  return split;
}

/**
 * querySelectorAll in document order; [] for a selector the engine rejects instead of
 * throwing. Id entries are looked up by id; the rest stays one run, since splitting it
 * helps a browser little and costs a script DOM (the unit tests') a walk per entry.
 */
export function safeQueryAll(root: ParentNode, selector: string | undefined, max = 400): Element[] {
  if (!selector) return [];
  try {
    const { ids, rest } = idsAndRest(selector);
    const out: Element[] = [];
    for (const id of ids) {
      const element = byId(root, id);
      if (element && !out.includes(element)) out.push(element);
    }
    if (rest) {
      // A NodeList holds no duplicates: only the few elements found by id need looking for (includes() on every push made this quadratic).
      const foundById = out.slice();
      const list = root.querySelectorAll(rest);
      for (let i = 0; i < list.length && i < max; i += 1) {
        const element = list[i]!;
        if (foundById.length === 0 || !foundById.includes(element)) out.push(element);
      }
    }
    return (ids.length > 0 && out.length > 1 ? inDocumentOrder(out) : out).slice(0, max);
  } catch {
    return [];
  }
}

/** querySelector: the first match in document order, or null (also for a rejected selector). */
export function safeQuery(root: ParentNode, selector: string | undefined): Element | null {
  if (!selector) return null;
  try {
    const { ids, rest } = idsAndRest(selector);
    const found = ids.map((id) => byId(root, id)).filter((element): element is Element => element !== null);
    const first = rest ? root.querySelector(rest) : null;
    if (first) found.push(first);
    return found.length > 1 ? inDocumentOrder(found)[0]! : (found[0] ?? null);
  } catch {
    return null;
  }
}

/** The first element of `selector` that is shown and has text, with that text. */
export function firstVisibleText(root: ParentNode, selector: string | undefined, skip?: (element: Element) => boolean): { element: Element; text: string } | null {
  for (const element of safeQueryAll(root, selector, 50)) {
    if (skip?.(element) || isHiddenInTree(element)) continue;
    const text = visibleText(element, 2_000);
    if (text) return { element, text };
  }
  return null;
}

/**
 * `firstVisibleText` over what comes before `region` in the page, then `region` itself: each
 * ancestor's earlier siblings from the top down (an earlier sibling may be the match itself,
 * like a breadcrumb <nav> right under <body>). Breadcrumb trails sit there; what follows the
 * product — reviews, recommendations, footers — is most of a big page and is not read.
 */
export function firstVisibleTextUpTo(region: Element, selector: string): { element: Element; text: string } | null {
  const path: Element[] = [];
  for (let node: Element | null = region; node?.parentElement && node.tagName.toUpperCase() !== 'BODY'; node = node.parentElement) path.unshift(node);
  for (const node of path) {
    for (let earlier = node.parentElement!.firstElementChild; earlier && earlier !== node; earlier = earlier.nextElementSibling) {
      const found = visibleMatch(earlier, selector) ?? firstVisibleText(earlier, selector);
      if (found) return found;
    }
  }
  return firstVisibleText(region, selector);
}

function visibleMatch(element: Element, selector: string): { element: Element; text: string } | null {
  try {
    if (!element.matches(selector) || isHiddenInTree(element)) return null;
  } catch {
    return null;
  }
  const text = visibleText(element, 2_000);
  return text ? { element, text } : null;
}

// Containers whose text is about other products or other people's opinions: carousels,
// recommendations, sponsored slots, reviews, Q&A, comparison tables, breadcrumbs, menus.
const NOISE_NAME = /(?:carousel|slider|swiper|recommend|related|similar|sponsor|also[-_]?(?:bought|viewed|like)|customers?[-_]?also|upsell|up-sell|cross[-_]?sell|you[-_]?may|may[-_]?also|recently[-_]?viewed|(?<!p)review|rating|question|answer|q-?and-?a|(?:^|[\s_-])qa(?:$|[\s_-])|faq|compar|(?:^|\s)sims|sp_detail|(?:^|[\s_-])ads?(?:$|[\s_-])|advert|promo-banner|breadcrumb|wayfinding|mega-?menu|(?:^|[\s_-])nav(?:bar)?(?:$|[\s_-])|site-header|site-footer|global-header|global-footer|cookie|newsletter|comment|saved-for-later|save-for-later|saved-cart|saved-items|wish-?list)/i;
const NOISE_TAGS = new Set(['NAV', 'ASIDE']);

/**
 * True when `element` sits in a region whose text must never count as evidence (see
 * NOISE_NAME), or in the page's site-wide header/footer. Checkouts put the order summary
 * in an <aside>, so cart code passes `asideIsContent`.
 */
export function inNoise(element: Element, asideIsContent = false): boolean {
  let depth = 0;
  for (let node: Element | null = element; node && depth < MAX_ANCESTORS; node = node.parentElement, depth += 1) {
    const tag = node.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN') return false;
    if (NOISE_TAGS.has(tag) && !(asideIsContent && tag === 'ASIDE')) return true;
    if ((tag === 'HEADER' || tag === 'FOOTER') && node.closest('main, article, [role="main"]') === null) return true;
    const role = node.getAttribute('role');
    if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary') return true;
    const name = `${node.id} ${node.getAttribute('class') ?? ''} ${node.getAttribute('data-component-type') ?? ''}`;
    if (name.length > 1 && NOISE_NAME.test(name)) return true;
  }
  return false;
}

/** The element's own attribute text used to name a control: value, aria-label, title. */
export function controlLabel(element: Element): string {
  const tag = element.tagName.toUpperCase();
  const own = tag === 'INPUT' ? (element.getAttribute('value') ?? '') : visibleText(element, 200);
  return `${own} ${element.getAttribute('aria-label') ?? ''}`.trim();
}
