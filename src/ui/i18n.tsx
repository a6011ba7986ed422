import type { ComponentChildren } from 'preact';
import { t } from '../platform/browser';

/** Private-use characters mark where each substitution lands in the translated text. */
const slot = (index: number): string => String.fromCharCode(0xe000 + index);
const SLOTS = /([\uE000-\uE0FF])/;

/**
 * A localised message whose substitutions are rendered as markup (the product name or a
 * date in bold), wherever the translation places them.
 */
export function messageWith(key: string, ...parts: ComponentChildren[]): ComponentChildren {
  const text = t(key, parts.map((_, index) => slot(index)));
  return (
    <>
      {text.split(SLOTS).map((piece) => {
        const index = piece.length === 1 ? piece.charCodeAt(0) - 0xe000 : -1;
        return index >= 0 && index < parts.length ? parts[index] : piece;
      })}
    </>
  );
}
