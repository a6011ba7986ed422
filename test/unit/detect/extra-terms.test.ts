import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../src/detect';

/** A small shop page for a white-label product that never names Kaspersky. */
const WHITE_LABEL = `<!doctype html><html><head><title>AcmeShield Antivirus Pro – 3 PCs, 1 year | Example Software Shop</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"AcmeShield Antivirus Pro","brand":{"@type":"Brand","name":"AcmeShield"},"sku":"ACS-PRO-3","offers":{"@type":"Offer","price":"29.99","priceCurrency":"USD"}}</script></head>
<body><header><nav><a href="/">Home</a><a href="/cart">Cart</a></nav></header>
<main><h1>AcmeShield Antivirus Pro – 3 PCs, 1 year</h1><p class="price">$29.99</p>
<form action="/cart/add" method="post"><button type="submit" name="add">Add to cart</button></form></main></body></html>`;

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const url = new URL('https://shop.example-software.com/products/acmeshield-antivirus-pro');

describe('extraProductTerms (enterprise policy)', () => {
  it('a white-label product is silent without the term', () => {
    expect(detectPage({ document: parse(WHITE_LABEL), url }).verdict.kind).toBe('none');
  });

  it('is a product page when an administrator names it, in any case and spacing', () => {
    for (const term of ['AcmeShield', 'acmeshield', '  ACMESHIELD ']) {
      const { verdict } = detectPage({ document: parse(WHITE_LABEL), url, extraProductTerms: [term] });
      expect(verdict.kind).toBe('product');
      expect(verdict.confirmed).toBe(true);
      expect(verdict.products).toContain(term.trim());
    }
  });

  it('terms apply only to the detection they were given to', () => {
    detectPage({ document: parse(WHITE_LABEL), url, extraProductTerms: ['AcmeShield'] });
    expect(detectPage({ document: parse(WHITE_LABEL), url }).verdict.kind).toBe('none');
  });

  it('a term is matched as a whole word, and regular-expression characters are literal', () => {
    expect(detectPage({ document: parse(WHITE_LABEL), url, extraProductTerms: ['Acme'] }).verdict.kind).toBe('none');
    expect(detectPage({ document: parse(WHITE_LABEL), url, extraProductTerms: ['.*', 'a+b'] }).verdict.kind).toBe('none');
  });
});
