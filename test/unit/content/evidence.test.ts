import { describe, expect, it } from 'vitest';
import { describeEvidence, evidenceKey, joinList } from '../../../src/content/ui/evidence';
import { uiText } from './ui-text';

describe('evidence in plain words', () => {
  it.each([
    ['storefront-host', 'noticeEvidenceStore'],
    ['storefront-checkout', 'noticeEvidenceStore'],
    ['jsonld-brand', 'noticeEvidenceBrand'],
    ['brand-row', 'noticeEvidenceBrand'],
    ['spec-brand', 'noticeEvidenceBrand'],
    ['microdata-name', 'noticeEvidenceName'],
    ['product-title', 'noticeEvidenceName'],
    ['part-number', 'noticeEvidencePartNumber'],
    ['cart-line-item', 'noticeEvidenceCart'],
    ['cart-drawer', 'noticeEvidenceCart'],
    ['retailer-product-url', 'noticeEvidenceAddress'],
    ['offer', 'noticeEvidenceOther'],
  ])('%s → %s', (signal, key) => {
    expect(evidenceKey(signal)).toBe(key);
  });

  it('lists each kind once, strongest first, in the UI language', () => {
    const evidence = [
      { signal: 'product-title', detail: '', strength: 'weak' as const },
      { signal: 'jsonld-brand', detail: '', strength: 'strong' as const },
      { signal: 'microdata-name', detail: '', strength: 'weak' as const },
    ];
    expect(describeEvidence(evidence, uiText('en'))).toBe('the brand listed for this product and the product name');
    expect(describeEvidence(evidence, uiText('es'))).toBe('la marca indicada para este producto y el nombre del producto');
  });
});

describe('lists of reasons', () => {
  it('are joined from the locale messages exactly as Intl.ListFormat joins them', () => {
    const items = ['the brand', 'the name', 'the address', 'the part number'];
    for (const lang of ['en', 'es'] as const) {
      const intl = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
      for (let n = 0; n <= items.length; n += 1) expect(joinList(items.slice(0, n), uiText(lang)), `${lang} ${n}`).toBe(intl.format(items.slice(0, n)));
    }
  });
});
