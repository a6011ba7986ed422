/**
 * Search results: a listing, never a product page. Each result tile whose title is a
 * Kaspersky product (and that shows a price, as shop tiles do) gets a marker; sponsored
 * and carousel tiles do not count.
 */
import type { RetailerAdapter } from './retailers/types';
import { firstVisibleText, inNoise, isHiddenInTree, safeQueryAll, visibleText } from './dom';
import { matchSubject, type ProductMatch } from './products';
import { PRICE } from './signals';

export const GENERIC_SEARCH_PATH = /^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/)?(?:s|search|sch|searchpage|search-results?|catalogsearch|find|shop\/search)(?:[/._?#]|$)/i;
export const GENERIC_SEARCH_PARAM = /[?&](?:q|k|query|search|searchterm|keyword|keywords|_nkw|st|text|term|w|search_query|ntt|phrase)=[^&]/i;

const GENERIC_TILE = [
  '[data-component-type="s-search-result"]', 'li.s-item', '.sku-item', '[data-item-id]', '.item-cell', 'li.product', '.product-item', '.product-card',
  '[class*="product-card" i]', '[class*="productcard" i]', '[class*="product-tile" i]', '[class*="producttile" i]', '[class*="search-result-item" i]',
  '[data-testid*="product-card" i]', '[data-test*="product-card" i]',
].join(', ');
const TILE_TITLE = 'h2, h3, h4, [class*="title" i], [class*="name" i], a[href]';
const BOOK_TILE = /(?:^|[^a-z])(?:paperback|hardcover|kindle(?:\s+edition)?|audiobook|audible)(?:[^a-z]|$)/i;
const SPONSORED = /sponsor|adholder|(?:^|[\s_-])ad(?:$|[\s_-])/i;
const MAX_TILES = 200;

export interface ListingFinding {
  readonly tiles: readonly Element[];
  readonly matches: readonly ProductMatch[];
}

export function isSponsored(tile: Element): boolean {
  const name = `${tile.getAttribute('class') ?? ''} ${tile.getAttribute('data-component-type') ?? ''}`;
  if (SPONSORED.test(name)) return true;
  return safeQueryAll(tile, '[class*="sponsored" i], [aria-label="Sponsored" i]', 1).length > 0;
}

export function findListingTiles(doc: Document, adapter: RetailerAdapter | null): ListingFinding {
  const tiles: Element[] = [];
  const matches: ProductMatch[] = [];
  for (const tile of safeQueryAll(doc, adapter?.selectors.listingTile ?? GENERIC_TILE, MAX_TILES)) {
    if (tiles.some((known) => known.contains(tile) || tile.contains(known))) continue;
    if (isHiddenInTree(tile) || inNoise(tile) || isSponsored(tile)) continue;
    const title = firstVisibleText(tile, adapter?.selectors.tileTitle ?? TILE_TITLE) ?? firstVisibleText(tile, TILE_TITLE);
    if (!title) continue;
    const match = matchSubject(title.text);
    if (!match || match.exempt) continue;
    const text = visibleText(tile, 800);
    if (!PRICE.test(text) || BOOK_TILE.test(text)) continue;
    tiles.push(tile);
    matches.push(match);
  }
  return { tiles, matches };
}
