/**
 * Text normalisation shared by every matcher: folds case, accents, Cyrillic/Greek
 * look-alike letters and digit substitutions, so "KASPERSKY", "Kaspеrsky" (Cyrillic е)
 * and "Kasp3rsky" all compare equal.
 */
const LOOKALIKES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', к: 'k', х: 'x', ѕ: 's', і: 'i', ј: 'j',
  α: 'a', ε: 'e', ο: 'o', ρ: 'p', κ: 'k', υ: 'y', ν: 'v', τ: 't',
};

export function foldLetters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[а-яα-ω]/g, (ch) => LOOKALIKES[ch] ?? ch);
}

/** Collapses whitespace so text from several elements compares as one line. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
