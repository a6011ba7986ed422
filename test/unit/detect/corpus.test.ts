import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../src/detect';
import { CORPUS } from '../../fixtures/corpus';
import { readFixture } from '../../fixtures/load';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('fixture corpus', () => {
  for (const page of CORPUS.filter((p) => !p.dynamic)) {
    it(`${page.expect.padEnd(8)} ${page.file} — ${page.note}`, () => {
      const { verdict } = detectPage({ document: parse(readFixture(page.file)), url: new URL(page.url) });
      expect(verdict.kind).toBe(page.expect);
      if (page.expect !== 'none') {
        expect(verdict.confirmed).toBe(true);
        if (page.product) expect(verdict.products).toContain(page.product);
      }
    });
  }
});
