import { describe, expect, it } from 'vitest';
import { placeNotice } from '../../../src/content/ui/placement';

function place(html: string, anchorSelector: string | null): HTMLElement {
  document.body.innerHTML = html;
  const element = document.createElement('kaspersky-sale-warning');
  expect(placeNotice(element, anchorSelector ? document.querySelector(anchorSelector) : null)).toBe(true);
  return element;
}

describe('notice placement', () => {
  it('goes first inside the buy box (a sibling would become an extra grid item)', () => {
    const element = place('<div id="cols"><div id="left"></div><div id="buybox"><button>Add to Cart</button></div></div>', '#buybox');
    expect(element.parentElement!.id).toBe('buybox');
    expect(element.nextElementSibling!.tagName).toBe('BUTTON');
  });

  it('goes after a title anchor, not inside the heading', () => {
    const element = place('<main><h1 id="t">Kaspersky Plus</h1><p>x</p></main>', '#t');
    expect(element.previousElementSibling!.id).toBe('t');
  });

  it('never inside a link or button, never inside a list', () => {
    expect(place('<div><a id="a" href="/x"><span id="s">Kaspersky</span></a></div>', '#s').previousElementSibling!.id).toBe('a');
    expect(place('<div><ul id="u"><li id="li">Kaspersky</li></ul></div>', '#li').parentElement!.tagName).toBe('DIV');
  });

  it('never in the site navigation: falls back to main, then below the header', () => {
    expect(place('<header><nav><div id="n">Kaspersky</div></nav></header><main id="m"><p>x</p></main>', '#n').parentElement!.id).toBe('m');
    const element = place('<header id="h"><div id="n">Kaspersky</div></header><div>content</div>', '#n');
    expect(element.previousElementSibling!.id).toBe('h');
  });
});
