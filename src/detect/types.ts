/** What the detector concluded about one page. Pure data: no DOM references escape it. */
export type PageKind = 'product' | 'checkout' | 'listing' | 'none';

/** One signal that fired. `strength` decides whether it may interrupt the user (see design §3). */
export interface Evidence {
  /** Stable machine name of the signal, e.g. `storefront-host`, `jsonld-brand`. */
  readonly signal: string;
  /** Human-readable detail for the popup's "why", e.g. the matched text. */
  readonly detail: string;
  readonly strength: 'strong' | 'weak';
}

export interface Verdict {
  readonly kind: PageKind;
  /** 0..1. Notices and confirmations need `confirmed`; a weak verdict sets the badge at most. */
  readonly confidence: number;
  readonly confirmed: boolean;
  /** Canonical Kaspersky product names found, most specific first. */
  readonly products: readonly string[];
  readonly evidence: readonly Evidence[];
}

/** Where on the page the warning UI should attach. Kept apart from Verdict so Verdict stays serialisable. */
export interface Placement {
  /** Element the notice is inserted before/after (buy box, cart summary, title). */
  readonly anchor: Element | null;
  /** Result tiles that show a Kaspersky product (listing pages). */
  readonly tiles: readonly Element[];
}

export interface Detection {
  readonly verdict: Verdict;
  readonly placement: Placement;
  /** The open cart drawer a checkout verdict came from: the next look includes it in `focus`. */
  readonly drawer?: Element;
}

export interface PageSnapshot {
  readonly document: Document;
  readonly url: URL;
  /** Extra product names that count as Kaspersky (enterprise policy `extraProductTerms`). */
  readonly extraProductTerms?: readonly string[];
  /**
   * Where the page has just added content that names Kaspersky (the gate's mutation
   * trigger), plus the drawer a previous verdict came from. On a large document open cart
   * drawers are looked for only in and around these (see cart.ts).
   */
  readonly focus?: readonly Element[];
}

export const NO_VERDICT: Verdict = Object.freeze({
  kind: 'none',
  confidence: 0,
  confirmed: false,
  products: [],
  evidence: [],
});
