/**
 * Wording rules from shared/ban-facts.md §2: the extension never tells a consumer that
 * owning, buying or using Kaspersky software is illegal (the *sale* is prohibited), and
 * the popup's explanation stays short and carries both dates.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { SALES_PROHIBITED_FROM, UPDATES_END, formatFactDate } from '../../../src/facts';
import { readLocales, type Messages } from '../../../build/locales';

const LOCALES = readLocales(resolve(import.meta.dirname, '../../../src/i18n'));

/** Claims that a consumer's owning, buying or using is illegal, in English and Spanish. */
const CLAIMS: readonly RegExp[] = [
  /\billegal\s+(?:for\s+(?:you|consumers|anyone)\s+)?to\s+(?:own|buy|use|have|keep|purchase|install)\b/i,
  /\b(?:owning|buying|using|having|keeping|purchasing|installing)\b[^.!?]*\b(?:is|are)\s+(?:now\s+)?(?:illegal|against the law|unlawful)\b/i,
  /\b(?:es|son)\s+ilegal(?:es)?\s+(?:tener|comprar|usar|poseer|conservar|adquirir|instalar)\b/i,
  /\b(?:tener|comprar|usar|poseer|conservar|adquirir|instalar)(?:lo|la)?\b[^.!?]*\b(?:es|son)\s+ilegal(?:es)?\b/i,
];
/** A sentence that denies the claim ("is not illegal", "no es ilegal"). */
const NEGATION = /\b(?:not|never|no|isn't|nunca)\b/i;

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter(Boolean);
}

/** Sentences that claim owning/buying/using is illegal; questions and denials are fine. */
function illegalityClaims(text: string): string[] {
  return sentences(text).filter((sentence) => !sentence.endsWith('?') && CLAIMS.some((c) => c.test(sentence)) && !NEGATION.test(sentence));
}

const words = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

/** A message with its placeholders replaced, as the browser would show it. */
function render(messages: Messages, key: string, substitutions: readonly string[]): string {
  const entry = messages[key]!;
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    const index = Number(content.replace('$', '')) - 1;
    return substitutions[index] ?? whole;
  });
}

describe('no sentence says owning, buying or using is illegal', () => {
  it('the check recognises such a claim and lets denials and questions through', () => {
    expect(illegalityClaims('It is illegal to own Kaspersky software.')).toHaveLength(1);
    expect(illegalityClaims('Buying Kaspersky antivirus is illegal in the U.S.')).toHaveLength(1);
    expect(illegalityClaims('Es ilegal comprar software de Kaspersky.')).toHaveLength(1);
    expect(illegalityClaims('Using a copy you already own is not illegal.')).toEqual([]);
    expect(illegalityClaims('Is it illegal to own or use Kaspersky software?')).toEqual([]);
    expect(illegalityClaims('Usarlo no es ilegal.')).toEqual([]);
  });

  for (const [lang, messages] of LOCALES) {
    it(`in any ${lang} string`, () => {
      const claims = Object.entries(messages).flatMap(([key, entry]) => illegalityClaims(entry.message).map((s) => `${key}: ${s}`));
      expect(claims).toEqual([]);
    });
  }

  it('the popup and the details page say that owning it is not illegal', () => {
    expect(LOCALES.get('en')!.popupMeansOwn!.message).toMatch(/not illegal/);
    expect(LOCALES.get('es')!.popupMeansOwn!.message).toMatch(/no es ilegal/);
    expect(LOCALES.get('en')!.detailsScopeNotIllegalHeading!.message).toMatch(/not illegal/);
  });
});

describe("the popup's short explanation", () => {
  for (const [lang, locale] of [
    ['en', 'en-US'],
    ['es', 'es'],
  ] as const) {
    it(`is at most 60 words in ${lang} and names both dates`, () => {
      const sales = formatFactDate(SALES_PROHIBITED_FROM, locale);
      const updates = formatFactDate(UPDATES_END, locale);
      const text = render(LOCALES.get(lang)!, 'popupShortExplanation', [sales, updates]);
      expect(text).toContain(sales);
      expect(text).toContain(updates);
      expect(text).toContain('89 FR 52434');
      expect(text).not.toMatch(/\$/);
      expect(words(text)).toBeLessThanOrEqual(60);
    });
  }
});
