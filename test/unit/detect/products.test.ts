import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GENERIC_PRODUCT, leadingLiterals, matchProduct, matchSubject, mentionsKaspersky, PRODUCT_NAMES } from '../../../src/detect/products';

// shared/ban-facts.md §5: every product name, as shops write it (any case, with noise around it).
const NAMES: ReadonlyArray<[string, string]> = [
  ['Kaspersky Standard 2025 – 3 Devices', 'Kaspersky Standard'],
  ['KASPERSKY PLUS 5 DEVICES 1 YEAR', 'Kaspersky Plus'],
  ['kaspersky premium + identity protection', 'Kaspersky Premium'],
  ['Kaspersky Anti-Virus 2021 3PC', 'Kaspersky Anti-Virus'],
  ['Kaspersky Antivirus 2021', 'Kaspersky Anti-Virus'],
  ['Kaspersky Internet Security 2024 (PC)', 'Kaspersky Internet Security'],
  ['Kaspersky Total Security 2023', 'Kaspersky Total Security'],
  ['Kaspersky Security Cloud Family', 'Kaspersky Security Cloud'],
  ['Kaspersky Free Antivirus', 'Kaspersky Free'],
  ['Kaspersky Safe Kids 1 Year', 'Kaspersky Safe Kids'],
  ['Kaspersky Password Manager', 'Kaspersky Password Manager'],
  ['Kaspersky VPN Secure Connection 5 devices', 'Kaspersky VPN Secure Connection'],
  ['Kaspersky Secure Connection', 'Kaspersky VPN Secure Connection'],
  ['Kaspersky Small Office Security 8', 'Kaspersky Small Office Security'],
  ['Kaspersky Endpoint Security for Business Select', 'Kaspersky Endpoint Security for Business'],
  ['Kaspersky Endpoint Security for Business Advanced', 'Kaspersky Endpoint Security for Business'],
  ['Kaspersky Endpoint Security Cloud Plus', 'Kaspersky Endpoint Security Cloud'],
  ['Kaspersky Total Security for Business', 'Kaspersky Total Security for Business'],
  ['Kaspersky Endpoint Detection and Response Optimum', 'Kaspersky Endpoint Detection and Response'],
  ['Kaspersky EDR Expert', 'Kaspersky Endpoint Detection and Response'],
  ['Kaspersky Managed Detection and Response', 'Kaspersky Managed Detection and Response'],
  ['Kaspersky Optimum Security', 'Kaspersky Optimum Security'],
  ['Kaspersky Next EDR Foundations', 'Kaspersky Next'],
  ['Kaspersky Next XDR Expert', 'Kaspersky Next'],
  ['Kaspersky Hybrid Cloud Security', 'Kaspersky Hybrid Cloud Security'],
  ['Kaspersky Security Center 15', 'Kaspersky Security Center'],
  ['Kaspersky Anti Targeted Attack Platform', 'Kaspersky Anti Targeted Attack Platform'],
  ['Kaspersky Industrial CyberSecurity for Nodes', 'Kaspersky Industrial CyberSecurity'],
  ['Kaspersky Security for Mail Server', 'Kaspersky Security for Mail Server'],
  ['Kaspersky Security for Internet Gateway', 'Kaspersky Security for Internet Gateway'],
  ['Kaspersky Embedded Systems Security', 'Kaspersky Embedded Systems Security'],
  ['Kaspersky Scan Engine', 'Kaspersky Scan Engine'],
  ['Kaspersky Protection browser extension', 'Kaspersky Protection browser extension'],
  ['Kaspersky IS 2024 3 PC key', 'Kaspersky Internet Security'],
  ['Kaspersky KTS 2023', 'Kaspersky Total Security'],
  ['Kaspersky KAV 2021', 'Kaspersky Anti-Virus'],
  ['Kaspersky Lab Premium', 'Kaspersky Premium'],
];

describe('product names', () => {
  for (const [text, name] of NAMES) {
    it(`${text} → ${name}`, () => {
      expect(matchSubject(text)).toEqual({ name, exempt: false });
      expect(matchProduct(text)?.name).toBe(name);
    });
  }

  it('part numbers name Kaspersky software without the brand', () => {
    for (const part of ['KL1047DDEFS', 'kl4863aakfs', 'KL4541ADEFS', 'KL1939KDCFS']) {
      expect(mentionsKaspersky(`Mfr. Part #: ${part}`), part).toBe(true);
      expect(matchSubject(`${part} – 1 year subscription`)).toEqual({ name: GENERIC_PRODUCT, exempt: false });
    }
    expect(mentionsKaspersky('KL12 remote, model KL-1047')).toBe(false);
  });

  it('exempt products are recognised as exempt', () => {
    for (const text of ['Kaspersky Threat Intelligence Portal', 'Kaspersky Threat Data Feeds', 'Kaspersky Automated Security Awareness Platform', 'Kaspersky Security Awareness training, 25 users', 'Kaspersky CyberTrace']) {
      expect(matchSubject(text)?.exempt, text).toBe(true);
    }
  });

  it('the brand as object, list member or person is not the subject', () => {
    for (const text of [
      'Norton 360 Deluxe – switch from Kaspersky',
      'HP 15 Laptop with Kaspersky trial',
      'Antivirus USB key compatible with Kaspersky, Norton and McAfee',
      'Kaspersky, Norton & McAfee compatible hardware key',
      'Kaspersky vs Norton: which is better?',
      'Eugene Kaspersky signed photo',
      'Better than Kaspersky: Bitdefender Total Security',
      'UltraAV – replaces Kaspersky Anti-Virus',
    ]) expect(matchSubject(text), text).toBeNull();
  });

  it('product words far from the brand do not name the product', () => {
    expect(matchSubject('Kaspersky 2024 edition | 3 devices | free shipping')?.name).toBe(GENERIC_PRODUCT);
  });
});

describe('the literal each product name starts with, tested before its pattern runs', () => {
  it('is read from each alternative up to the first group, class or quantified letter', () => {
    expect(leadingLiterals('threat (?:intelligence|data feeds?|lookup)|opentip|cybertrace')).toEqual(['threat ', 'opentip', 'cybertrace']);
    expect(leadingLiterals('security for mail servers?')).toEqual(['security for mail server']);
    expect(leadingLiterals('safe ?kids')).toEqual(['safe']);
    expect(leadingLiterals('anti[- ]?virus')).toEqual(['anti']);
    expect(leadingLiterals('k?is')).toEqual(['']);
    expect(leadingLiterals('(?:vpn )?secure connection')).toEqual(['']);
  });

  // Soundness: whenever a pattern matches, one of its literals is in the text, so skipping a
  // pattern whose literals are all absent never changes which product is named.
  const words = [...new Set(PRODUCT_NAMES.flatMap((product) => product.pattern.source.match(/[a-z0-9]+/g) ?? []))];
  const text = fc
    .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', '  ', '-', ' | ', ', ', '/', 's', 'k', 'x')), { maxLength: 14 })
    .map((parts) => parts.join(''));

  it('is in every text a pattern matches (generated from the patterns\' own words)', () => {
    fc.assert(
      fc.property(text, (sample) => {
        for (const product of PRODUCT_NAMES) {
          if (product.pattern.test(sample)) expect(product.leads.some((lead) => lead === '' || sample.includes(lead)), `${product.name}: ${sample}`).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('is in every product name as shops write it', () => {
    for (const [title] of NAMES) {
      const folded = title.toLowerCase();
      for (const product of PRODUCT_NAMES) {
        if (product.pattern.test(folded)) expect(product.leads.some((lead) => lead === '' || folded.includes(lead)), `${product.name}: ${title}`).toBe(true);
      }
    }
  });
});
