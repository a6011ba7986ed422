/**
 * Retailer knowledge as data: where a shop keeps the product title, the brand, the buy
 * box and the cart's line items. The detector reads only inside these regions, which
 * keeps carousels, reviews and ads out of the evidence. Anything left out falls back to
 * the generic signals (structured data, headings, add-to-cart controls).
 */
export interface RetailerAdapter {
  readonly id: string;
  /** Shown in evidence, e.g. "Best Buy". */
  readonly name: string;
  /** Registrable domains or host suffixes, e.g. `amazon.com` also matches `www.amazon.com`. */
  readonly hosts: readonly string[];
  /** URL path (+search) shapes of a single product page. */
  readonly productUrl?: RegExp;
  /** URL path (+search) shapes of a cart or checkout page. */
  readonly cartUrl?: RegExp;
  /** URL path (+search) shapes of a search-results page. */
  readonly listingUrl?: RegExp;
  readonly selectors: {
    /** The main product region; titles and controls outside it do not count. */
    readonly region?: string;
    /** The product title on a product page. */
    readonly title?: string;
    /** Brand / byline / manufacturer element of the main product. */
    readonly brand?: string;
    /** Where the notice goes: the buy box or price block. */
    readonly buyBox?: string;
    /** The shop's own add-to-cart / buy-now controls. */
    readonly addToCart?: string;
    /** One element per cart line item. */
    readonly cartItem?: string;
    /** Cart summary, where the checkout notice goes. */
    readonly cartSummary?: string;
    /** One element per search-result tile. */
    readonly listingTile?: string;
    /** Inside a tile, the product's title. */
    readonly tileTitle?: string;
  };
  /** Example URLs that tests run through the URL shapes. */
  readonly examples: {
    readonly product?: readonly string[];
    readonly cart?: readonly string[];
    readonly listing?: readonly string[];
    readonly other?: readonly string[];
  };
}
