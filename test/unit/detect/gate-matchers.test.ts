import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasProductWord, hostAndPath, isCartPath, namesBrand, namesOtherMaker } from '../../../src/content/relevance';

/**
 * The gate matches with string scans instead of regular expressions (compiling those cost
 * it more than everything else on every page). These are the expressions the scans stand
 * for; the properties below hold them equal.
 */
const BRAND = /k\W?[aа4@]\W?[sѕ5$z]\W?p\W?[eе3]\W?r\W?[sѕ5$z]\W?k\W?[yуi1]|касперск|\bkl\d{4}/i;
const PRODUCT = /total security|internet security|anti-?virus|security cloud|safe kids|small office security|endpoint security/i;
const OTHER_MAKER = /\b(?:norton|mcafee|bitdefender|eset|avast|avg|avira|trend micro|sophos|webroot|malwarebytes|f-secure|ultraav)\b/i;
const CART = /checkout|basket|warenkorb|panier|carrito|carrello|cart(?![a-z]{2})|\/bag(?:[/.?#_-]|$)|\/buy\//i;

/** Strings made of the characters these expressions care about, so that near-misses are common. */
const near = (alphabet: string, words: readonly string[]): fc.Arbitrary<string> =>
  fc.array(fc.oneof(fc.constantFrom(...alphabet.split('')), fc.constantFrom(...words)), { maxLength: 30 }).map((parts) => parts.join(''));
const BRAND_ALPHABET = 'kKaAаА4@sSѕЅ5$zpPeEеЕ3rRyYуУi1lL0123456789 -._*|/\\·';
const runs = { numRuns: 3000 };

describe('string matchers equal the expressions they stand for', () => {
  it('the brand, its look-alikes and part numbers', () => {
    fc.assert(fc.property(near(BRAND_ALPHABET, ['kaspersky', 'Kasp3rsky', 'K-a-s-p-e-r-s-k-y', 'касперск', 'KL1234', 'kl12', 'xkl1234']), (text) => namesBrand(text) === BRAND.test(text)), runs);
    for (const text of ['Kaspersky Premium', 'Kаspеrsky', 'k@$p3r$ky', 'Антивирус Касперского', 'KL4863AAKFS', 'Kasperski', 'kasp ersky', 'XKL1234']) expect(namesBrand(text), text).toBe(BRAND.test(text));
  });

  it('never misses what the expression finds, in any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => !BRAND.test(text) || namesBrand(text)), runs);
  });

  it('product words', () => {
    fc.assert(fc.property(near('abcdeinorstuvy -', ['total security', 'Internet Security', 'antivirus', 'Anti-Virus', 'anti virus', 'safe kids', 'endpoint security']), (text) => hasProductWord(text) === PRODUCT.test(text)), runs);
  });

  it('other makers, as whole words', () => {
    fc.assert(fc.property(near('aeinorstx -_1', ['norton', 'Norton360', 'eset', 'reset', 'trend micro', 'TrendMicro', 'f-secure', 'avg', 'savg']), (text) => namesOtherMaker(text) === OTHER_MAKER.test(text)), runs);
  });

  it('cart paths', () => {
    fc.assert(fc.property(near('acrtbgoxy/._-?#', ['cart', 'Cart', 'cartoon', 'cartridge', '/bag', '/bags', '/buy/', 'checkout', 'basket', 'Warenkorb']), (text) => isCartPath(text) === CART.test(text)), runs);
  });
});

describe('host and path of the page', () => {
  it('read like the URL parser reads them', () => {
    for (const url of [
      'https://www.amazon.com/Kaspersky-Premium/dp/B0BLHQ7XRT?th=1#reviews',
      'http://user:pass@Shop.Example:8080/cart.php?x=1',
      'https://keysoftdeals.com',
      'https://example.com/a%20b/c#x/y',
      'https://example.com/p?next=/cart#/x',
    ]) {
      // document.URL is the serialized URL (the parser's own output); document.domain its host.
      const parsed = new URL(url);
      const doc = { URL: parsed.href, domain: parsed.hostname } as Document;
      expect(hostAndPath(doc), url).toEqual({ hostname: parsed.hostname, pathname: parsed.pathname });
    }
  });
});
