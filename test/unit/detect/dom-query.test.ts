import { describe, expect, it } from 'vitest';
import { safeQuery, safeQueryAll, selectorList } from '../../../src/detect/dom';

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
