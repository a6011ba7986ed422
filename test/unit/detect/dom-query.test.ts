import { describe, expect, it } from 'vitest';
import { firstVisibleTextUpTo, safeQuery, safeQueryAll, selectorList } from '../../../src/detect/dom';

const doc = new DOMParser().parseFromString(
  `<html><body><div id="a" class="x"><p id="b">1</p></div><span class="y">2</span><p id="c" data-v="a,b">3</p></body></html>`,
  'text/html',
);
const ids = (elements: Element[]): string[] => elements.map((e) => e.id || e.className);

describe('selector lists run entry by entry', () => {
  it('split at top-level commas only', () => {
    expect(selectorList('#a, .b ,  c d')).toEqual(['#a', '.b', 'c d']);
    expect(selectorList('[data-v="a,b"], :is(p, span), x')).toEqual(['[data-v="a,b"]', ':is(p, span)', 'x']);
    expect(selectorList("[title='it\\'s, here'], y")).toEqual(["[title='it\\'s, here']", 'y']);
  });

  it('answer in document order, without duplicates, up to the limit', () => {
    expect(ids(safeQueryAll(doc, '#c, .y, #a, #b, p'))).toEqual(['a', 'b', 'y', 'c']);
    expect(ids(safeQueryAll(doc, '#c, .y, #a', 2))).toEqual(['a', 'y']);
    expect(safeQuery(doc, '#c, .y')?.className).toBe('y');
  });

  it('look up ids only inside the root', () => {
    const root = doc.getElementById('a')!;
    expect(ids(safeQueryAll(root, '#b, #c'))).toEqual(['b']);
    expect(safeQuery(root, '#a')).toBeNull();
  });

  it('answer nothing for a selector the engine rejects', () => {
    expect(safeQueryAll(doc, '#a, p[')).toEqual([]);
    expect(safeQuery(doc, '::nonsense(')).toBeNull();
  });
});

describe('reading up to the product region', () => {
  const page = (body: string): Document => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
  const CRUMBS = '.crumbs, nav[aria-label="Breadcrumb"]';
  const text = (doc: Document): string | undefined => firstVisibleTextUpTo(doc.getElementById('product')!, CRUMBS)?.text;

  it('finds a match in what comes before the region, at any depth, and a match that is itself an earlier sibling', () => {
    expect(text(page('<header><div><ol class="crumbs">Books › Security</ol></div></header><main><div id="product">Kaspersky</div></main>'))).toBe('Books › Security');
    expect(text(page('<nav aria-label="Breadcrumb">Software</nav><main><div id="product">Kaspersky</div></main>'))).toBe('Software');
    expect(text(page('<main><p class="crumbs">Antivirus</p><div id="product">Kaspersky</div></main>'))).toBe('Antivirus');
  });

  it('finds one inside the region', () => {
    expect(text(page('<main><div id="product"><p class="crumbs">Books</p>Kaspersky</div></main>'))).toBe('Books');
  });

  it('does not read what follows the region, and skips hidden matches', () => {
    expect(text(page('<main><div id="product">Kaspersky</div><footer><p class="crumbs">Books</p></footer></main>'))).toBeUndefined();
    expect(text(page('<p class="crumbs" hidden>Books</p><p class="crumbs">Software</p><main><div id="product">Kaspersky</div></main>'))).toBe('Software');
  });
});
