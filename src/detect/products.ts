import { foldLetters } from './text';

/**
 * Kaspersky's product names (shared/ban-facts.md §5) as matchers over folded text.
 * The name nearest the brand wins, and the longer one on a tie, so that "Kaspersky Total
 * Security for Business" is not reported as "Kaspersky Total Security".
 */
export interface ProductName {
  readonly name: string;
  readonly pattern: RegExp;
  /**
   * Text every match starts with, one per alternative of the pattern ('' where an
   * alternative starts with a group, a class or an optional letter): without one of them
   * in the text, the pattern cannot match and is not run. A regular expression costs most on
   * its first two runs (interpreted, then compiled), and a page with a hit runs these few times.
   */
  readonly leads: readonly string[];
  /** Exempt from the prohibition (Threat Intelligence, Security Training): never warn. */
  readonly exempt?: boolean;
  /** A common word ("Premium", "Free") that only names the product right after the brand. */
  readonly adjacent?: boolean;
}

// A gap that obfuscation or markup may put between letters: "K-a-s-p", "Kas persky", "K.a.s".
const G = '[^a-z0-9]{0,2}';
const BRAND_SOURCE = ['k', '[a4@]', '[s5$z]', 'p', '[e3]', 'r', '[s5$z]', 'k', '[yi1]'].join(G);

/** Matches the brand in folded text, including spaced, hyphenated, leet and look-alike spellings. */
export const BRAND = new RegExp(`(?<![a-z])${BRAND_SOURCE}(?![a-z])`, 'g');
/** The brand in Cyrillic script ("Касперский", "Касперского"), matched on lower-cased raw text. */
const CYRILLIC_BRAND = /касперск/;
/** Kaspersky part numbers: KL + 4 digits + two letters + more, e.g. KL1047DDEFS, KL4863AAxxx. */
export const PART_NUMBER = /(?<![a-z0-9])kl\d{4}[a-z]{2}[a-z0-9]{0,6}(?![a-z0-9])/;
// The founder and family: "Eugene Kaspersky" in a book byline is a person, not the brand.
const PERSON_BEFORE = /(?:eugene|evgeny|yevgeny|yevgeniy|evgenii|natalya|natalia|ivan|alexei|alexey)[^a-z]{1,3}$/;
const PERSON_AFTER = /^,\s*(?:eugene|evgeny|yevgeny|natalya|natalia)\b/;

const p = (name: string, source: string, exempt = false, adjacent = false): ProductName => ({
  name,
  pattern: new RegExp(`(?<![a-z])(?:${source})(?![a-z])`),
  leads: leadingLiterals(source),
  exempt,
  adjacent,
});

// Compared by hand: this runs over every pattern's source when the module loads, where a
// regular expression per character would be interpreted on its first runs.
const isLiteral = (char: string): boolean => (char >= 'a' && char <= 'z') || (char >= '0' && char <= '9') || char === ' ';

/** The literal text each top-level alternative of `source` starts with (see ProductName.leads). */
export function leadingLiterals(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') i += 1;
    else if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives.map((alternative) => {
    let literal = '';
    for (let i = 0; i < alternative.length; i += 1) {
      const char = alternative[i]!;
      const next = alternative[i + 1];
      // A letter, digit or space that a quantifier does not make optional or repeatable.
      if (!isLiteral(char) || next === '?' || next === '*' || next === '+' || next === '{') break;
      literal += char;
    }
    return literal;
  });
}

const mayMatch = (product: ProductName, text: string): boolean => product.leads.some((lead) => lead === '' || text.includes(lead));
const word = (name: string, source: string): ProductName => p(name, source, false, true);
// How far after the brand a common product word may start: "Kaspersky Lab Premium", not "… free shipping".
const ADJACENT_WINDOW = 6;

export const PRODUCT_NAMES: readonly ProductName[] = [
  p('Kaspersky Threat Intelligence', 'threat (?:intelligence|data feeds?|lookup)|opentip|cybertrace', true),
  p('Kaspersky Security Awareness', 'security (?:awareness|training)|automated security awareness platform|asap|awareness platform|cybersecurity training|interactive protection simulation', true),
  p('Kaspersky Total Security for Business', 'total security for business'),
  p('Kaspersky Endpoint Security for Business', 'endpoint security for business(?: (?:select|advanced))?'),
  p('Kaspersky Endpoint Security Cloud', 'endpoint security cloud(?: (?:plus|pro))?'),
  p('Kaspersky Endpoint Security', 'endpoint security'),
  p('Kaspersky Endpoint Detection and Response', 'endpoint detection and response(?: (?:optimum|expert))?|edr (?:optimum|expert)'),
  p('Kaspersky Managed Detection and Response', 'managed detection and response|mdr'),
  p('Kaspersky Next', 'next (?:edr|xdr)(?: (?:foundations|optimum|expert))?'),
  word('Kaspersky Next', 'next'),
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
  // Abbreviations resellers use right after the brand: "Kaspersky IS 2024", "Kaspersky KAV", "Kaspersky SOS".
  word('Kaspersky Internet Security', 'k?is'),
  word('Kaspersky Total Security', 'k?ts'),
  word('Kaspersky Anti-Virus', 'k?av'),
  word('Kaspersky Small Office Security', 'k?sos'),
  word('Kaspersky Endpoint Security', 'k?es'),
  word('Kaspersky Password Manager', 'kpm'),
  word('Kaspersky Safe Kids', 'ksk'),
  word('Kaspersky Security Center', 'ksc'),
  word('Kaspersky VPN Secure Connection', 'k?vpn'),
  word('Kaspersky Premium', 'premium'),
  word('Kaspersky Plus', 'plus'),
  word('Kaspersky Standard', 'standard'),
  word('Kaspersky Free', 'free'),
  p('Kaspersky Protection browser extension', 'protection (?:browser )?extension'),
];

export const GENERIC_PRODUCT = 'Kaspersky software';

export interface ProductMatch {
  /** Canonical name, e.g. "Kaspersky Total Security". */
  readonly name: string;
  readonly exempt: boolean;
}

interface BrandHit {
  readonly index: number;
  readonly end: number;
  /** Set when the hit is an administrator's extra product term rather than the brand. */
  readonly alias?: string;
}

interface ExtraTerm {
  readonly name: string;
  readonly pattern: RegExp;
}

/**
 * Extra product names an administrator counts as Kaspersky (policy `extraProductTerms`,
 * e.g. a white-label rebrand). Set only for the duration of one synchronous detection by
 * `withExtraProductTerms`, so `detectPage` stays a function of its inputs.
 */
let extraTerms: readonly ExtraTerm[] = [];

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function withExtraProductTerms<T>(terms: readonly string[] | undefined, run: () => T): T {
  const previous = extraTerms;
  extraTerms = (terms ?? [])
    .map((name) => ({ name: name.trim(), folded: foldLetters(name).replace(/\s+/g, ' ').trim() }))
    .filter((term) => term.folded.length >= 3)
    .map((term) => ({ name: term.name, pattern: new RegExp(`(?<![a-z0-9])${escapeRegExp(term.folded).replace(/ /g, '\\s+')}(?![a-z0-9])`) }));
  try {
    return run();
  } finally {
    extraTerms = previous;
  }
}

function findExtraTerm(folded: string): BrandHit | null {
  for (const term of extraTerms) {
    const hit = term.pattern.exec(folded);
    if (hit) return { index: hit.index, end: hit.index + hit[0].length, alias: term.name };
  }
  return null;
}

/** The first occurrence of the brand that is the company, not a person named Kaspersky. */
function findBrand(folded: string): BrandHit | null {
  BRAND.lastIndex = 0;
  for (let hit = BRAND.exec(folded); hit; hit = BRAND.exec(folded)) {
    const before = folded.slice(Math.max(0, hit.index - 12), hit.index);
    const after = folded.slice(hit.index + hit[0].length, hit.index + hit[0].length + 12);
    if (!PERSON_BEFORE.test(before) && !PERSON_AFTER.test(after)) return { index: hit.index, end: hit.index + hit[0].length };
  }
  return extraTerms.length > 0 ? findExtraTerm(folded) : null;
}

function nameOf(folded: string, brand: BrandHit): ProductMatch {
  return brand.alias ? { name: brand.alias, exempt: false } : nameAfter(folded, brand.end);
}

function nameAfter(folded: string, from: number): ProductMatch {
  const afterBrand = folded.slice(from, from + 80);
  let best: { product: ProductName; index: number; length: number } | null = null;
  for (const product of PRODUCT_NAMES) {
    if (!mayMatch(product, afterBrand)) continue;
    const found = product.pattern.exec(afterBrand);
    if (!found || (product.adjacent && found.index > ADJACENT_WINDOW)) continue;
    if (!best || found.index < best.index || (found.index === best.index && found[0].length > best.length)) {
      best = { product, index: found.index, length: found[0].length };
    }
  }
  return best ? { name: best.product.name, exempt: best.product.exempt === true } : { name: GENERIC_PRODUCT, exempt: false };
}

/**
 * Names the Kaspersky product a piece of text talks about, if it names the brand (or a
 * part number) anywhere. Product words only count after the brand, so "Norton 360 Standard
 * — switch from Kaspersky" is not "Kaspersky Standard". Use `matchSubject` for titles.
 */
export function matchProduct(text: string): ProductMatch | null {
  const folded = foldLetters(text);
  const brand = findBrand(folded);
  if (brand) return nameOf(folded, brand);
  if (CYRILLIC_BRAND.test(text.toLowerCase())) return { name: GENERIC_PRODUCT, exempt: false };
  return PART_NUMBER.test(folded) ? { name: GENERIC_PRODUCT, exempt: false } : null;
}

// Words that, before the brand, make Kaspersky the object rather than the subject of a
// title: "Norton 360 — switch from Kaspersky", "Laptop with Kaspersky trial", "X vs Kaspersky".
const CONNECTOR = /(?:^|[^a-z])(?:with|w\/|for|from|vs|versus|like|than|to|compatible|replaces?|replacement|alternatives?|switch(?:ing)?|instead|includ(?:es|ing)|incl|plus|and|or|not|beats?|better|against|over|via|uninstall|remov(?:e|al|ing)|review|about|trial|preinstalled|bundled|by)(?:[^a-z]|$)/;
// Right after the brand: a list of brands ("Kaspersky, Norton & McAfee compatible") or a comparison.
const LIST_AFTER = /^\s*(?:[,/&|+]|and\s|or\s|vs\.?\s|versus\s)/;
const MAX_LEAD_WORDS = 4;

/**
 * Like `matchProduct`, but only when Kaspersky is what the text is about: the brand (or
 * a part number) leads, preceded by at most a few words ("NEW Kaspersky …", "2025
 * Kaspersky …"), and is not one brand among a list or the object of a comparison.
 */
export function matchSubject(text: string): ProductMatch | null {
  const folded = foldLetters(text).replace(/\s+/g, ' ').trim();
  const brand = findBrand(folded);
  if (!brand) {
    if (CYRILLIC_BRAND.test(text.slice(0, 60).toLowerCase())) return { name: GENERIC_PRODUCT, exempt: false };
    const part = PART_NUMBER.exec(folded);
    return part && part.index < 40 ? { name: GENERIC_PRODUCT, exempt: false } : null;
  }
  const lead = folded.slice(0, brand.index);
  const words = lead.split(/[^a-z0-9]+/).filter(Boolean);
  if (words.length > MAX_LEAD_WORDS || CONNECTOR.test(lead) || /[,;(]/.test(lead)) return null;
  if (LIST_AFTER.test(folded.slice(brand.end))) return null;
  return nameOf(folded, brand);
}

/** True when text names the brand or a part number anywhere. */
export function mentionsKaspersky(text: string): boolean {
  if (!text) return false;
  const folded = foldLetters(text);
  return findBrand(folded) !== null || PART_NUMBER.test(folded) || CYRILLIC_BRAND.test(text.toLowerCase());
}
