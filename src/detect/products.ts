import { foldLetters } from './text';

/**
 * Kaspersky's product names (shared/ban-facts.md §5) as matchers over folded text.
 * The name nearest the brand wins, and the longer one on a tie, so that "Kaspersky Total
 * Security for Business" is not reported as "Kaspersky Total Security".
 */
export interface ProductName {
  readonly name: string;
  readonly pattern: RegExp;
  /** Exempt from the prohibition (Threat Intelligence, Security Training): never warn. */
  readonly exempt?: boolean;
}

// A gap that obfuscation or markup may put between letters: "K-a-s-p", "Kas persky".
const G = '[^a-z0-9]{0,2}';
const BRAND_SOURCE = ['k', '[a4@]', '[s5$]', 'p', '[e3]', 'r', '[s5$]', 'k', 'y'].join(G);

/** Matches the brand in folded text, including spaced, hyphenated and leet spellings. */
export const BRAND = new RegExp(`(?<![a-z])${BRAND_SOURCE}(?![a-z])`);
/** Kaspersky part numbers: KL + 4 digits + letters, e.g. KL1047DDEFS, KL4863AAxxx. */
export const PART_NUMBER = /(?<![a-z0-9])kl\d{4}[a-z]{2}[a-z0-9]{0,6}(?![a-z0-9])/;

const p = (name: string, source: string, exempt = false): ProductName => ({
  name,
  pattern: new RegExp(`(?<![a-z])${source}(?![a-z])`),
  exempt,
});

export const PRODUCT_NAMES: readonly ProductName[] = [
  p('Kaspersky Threat Intelligence', 'threat (?:intelligence|data feeds?|lookup)|opentip', true),
  p('Kaspersky Security Awareness', 'security (?:awareness|training)|automated security awareness platform|asap', true),
  p('Kaspersky Total Security for Business', 'total security for business'),
  p('Kaspersky Endpoint Security for Business', 'endpoint security for business(?: (?:select|advanced))?'),
  p('Kaspersky Endpoint Security Cloud', 'endpoint security cloud(?: (?:plus|pro))?'),
  p('Kaspersky Endpoint Detection and Response', 'endpoint detection and response(?: (?:optimum|expert))?|edr (?:optimum|expert|foundations)'),
  p('Kaspersky Managed Detection and Response', 'managed detection and response'),
  p('Kaspersky Next', 'next (?:edr|xdr)(?: (?:foundations|optimum|expert))?'),
  p('Kaspersky Optimum Security', 'optimum security'),
  p('Kaspersky Hybrid Cloud Security', 'hybrid cloud security'),
  p('Kaspersky Security Center', 'security center'),
  p('Kaspersky Anti Targeted Attack Platform', 'anti[- ]?targeted attack(?: platform)?'),
  p('Kaspersky Industrial CyberSecurity', 'industrial cyber ?security'),
  p('Kaspersky Security for Mail Server', 'security for mail servers?'),
  p('Kaspersky Security for Internet Gateway', 'security for internet gateways?'),
  p('Kaspersky Embedded Systems Security', 'embedded systems security'),
  p('Kaspersky Scan Engine', 'scan engine'),
  p('Kaspersky Small Office Security', 'small office security'),
  p('Kaspersky Security Cloud', 'security cloud(?: (?:free|personal|family))?'),
  p('Kaspersky Total Security', 'total security'),
  p('Kaspersky Internet Security', 'internet security'),
  p('Kaspersky Anti-Virus', 'anti[- ]?virus'),
  p('Kaspersky Safe Kids', 'safe ?kids'),
  p('Kaspersky Password Manager', 'password manager'),
  p('Kaspersky VPN Secure Connection', '(?:vpn )?secure connection'),
  p('Kaspersky Premium', 'premium'),
  p('Kaspersky Plus', 'plus'),
  p('Kaspersky Standard', 'standard'),
  p('Kaspersky Free', 'free'),
  p('Kaspersky Protection browser extension', 'protection (?:browser )?extension'),
];

export interface ProductMatch {
  /** Canonical name, e.g. "Kaspersky Total Security". */
  readonly name: string;
  readonly exempt: boolean;
}

/**
 * Names the Kaspersky product a piece of text (a title, a line item) talks about, if it
 * names the brand or a part number. Returns null when the text is not about Kaspersky.
 * Product words only count in the text that follows the brand, so "Norton 360 Standard
 * — switch from Kaspersky" is not "Kaspersky Standard".
 */
export function matchProduct(text: string): ProductMatch | null {
  const folded = foldLetters(text);
  const brand = BRAND.exec(folded);
  if (!brand) {
    return PART_NUMBER.test(folded) ? { name: 'Kaspersky software', exempt: false } : null;
  }
  const afterBrand = folded.slice(brand.index + brand[0].length, brand.index + brand[0].length + 80);
  // The product word nearest the brand names the product; on a tie the longer name wins.
  let best: { product: ProductName; index: number; length: number } | null = null;
  for (const product of PRODUCT_NAMES) {
    const found = product.pattern.exec(afterBrand);
    if (!found) continue;
    if (!best || found.index < best.index || (found.index === best.index && found[0].length > best.length)) {
      best = { product, index: found.index, length: found[0].length };
    }
  }
  if (best) return { name: best.product.name, exempt: best.product.exempt === true };
  return { name: 'Kaspersky software', exempt: false };
}

/** True when folded text names the brand or a part number anywhere. */
export function mentionsKaspersky(text: string): boolean {
  const folded = foldLetters(text);
  return BRAND.test(folded) || PART_NUMBER.test(folded);
}
