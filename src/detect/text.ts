/**
 * Text normalisation shared by every matcher: folds case, accents, Cyrillic/Greek
 * look-alike letters and invisible characters, so "KASPERSKY", "Kaspеrsky" (Cyrillic е),
 * "Kas\u200Bpersky" and "Kasp3rsky" (digits are handled by the brand pattern) compare equal.
 */
const LOOKALIKES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', к: 'k', х: 'x', ѕ: 's', і: 'i', ј: 'j', ԁ: 'd', ѵ: 'v',
  α: 'a', ε: 'e', ο: 'o', ρ: 'p', κ: 'k', υ: 'y', ν: 'v', τ: 't', ι: 'i',
};

// Zero-width characters, soft hyphens and bidi controls that obfuscation slips between letters.
const INVISIBLE = /[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]|\u034f|\u17b4|\u17b5/g;

export function foldLetters(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[а-яёіјѕԁѵα-ω]/g, (ch) => LOOKALIKES[ch] ?? ch);
}

/** Collapses whitespace so text from several elements compares as one line. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
