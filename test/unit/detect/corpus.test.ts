import { afterAll, describe, expect, it } from 'vitest';
import { detectPage } from '../../../src/detect';
import { CORPUS } from '../../fixtures/corpus';
import { renderFixture, type RenderedPage } from '../../fixtures/render';

const open: RenderedPage[] = [];
afterAll(async () => {
  await Promise.all(open.map((page) => page.close()));
});

describe('fixture corpus: every page gets its expected verdict', () => {
  for (const page of CORPUS) {
    it(`${page.expect.padEnd(8)} ${page.file}${page.dynamic ? ' (scripts run)' : ''} — ${page.note}`, async () => {
      const rendered = await renderFixture(page);
      open.push(rendered);
      const { verdict, placement } = detectPage({ document: rendered.document, url: rendered.url });
      expect(verdict.kind, JSON.stringify(verdict.evidence)).toBe(page.expect);
      if (page.expect === 'none') {
        expect(verdict.confirmed).toBe(false);
        expect(placement.tiles).toHaveLength(0);
        return;
      }
      expect(verdict.confirmed).toBe(true);
      expect(verdict.evidence.length).toBeGreaterThan(0);
      if (page.product) expect(verdict.products).toContain(page.product);
      if (page.expect === 'listing') {
        expect(placement.tiles.length).toBeGreaterThan(0);
      } else {
        // The notice goes next to the buy box or cart summary, never over navigation or a buy button.
        const anchor = placement.anchor;
        expect(anchor, 'a placement anchor').not.toBeNull();
        expect(anchor!.closest('nav, header[role="banner"], footer, [role="navigation"]')).toBeNull();
        expect(['BUTTON', 'INPUT', 'A']).not.toContain(anchor!.tagName);
      }
    });
  }
});

describe('dynamic pages', () => {
  for (const page of CORPUS.filter((p) => p.dynamic)) {
    it(`${page.file}: no hit before its scripts render the content`, async () => {
      const rendered = await renderFixture(page, { runScripts: false });
      open.push(rendered);
      expect(detectPage({ document: rendered.document, url: rendered.url }).verdict.kind).toBe('none');
    });
  }
  for (const page of CORPUS.filter((p) => p.click)) {
    it(`${page.file}: no hit after the scripts run but before the shopper clicks`, async () => {
      const rendered = await renderFixture(page, { click: false });
      open.push(rendered);
      expect(detectPage({ document: rendered.document, url: rendered.url }).verdict.kind).toBe('none');
    });
  }

  it('an SPA route change to a page without Kaspersky leaves nothing to warn about, and going back restores the hit', async () => {
    const page = CORPUS.find((p) => p.file === 'eneba/kaspersky-plus-spa.html')!;
    const rendered = await renderFixture(page);
    open.push(rendered);
    const doc = rendered.document;
    const here = (): URL => new URL(doc.location.href);
    expect(detectPage({ document: doc, url: here() }).verdict.kind).toBe('product');
    (doc.getElementById('browse-games') as HTMLElement).click();
    expect(here().pathname).toBe('/store/games');
    expect(detectPage({ document: doc, url: here() }).verdict.kind).toBe('none');
    doc.defaultView!.history.back();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(here().pathname).toBe(new URL(page.url).pathname);
    expect(detectPage({ document: doc, url: here() }).verdict.kind).toBe('product');
  });
});
