import type { ComponentChildren } from 'preact';
import { t } from '../platform/browser';

const SLOT = '\u0001';

/**
 * A localised message with one substitution rendered as markup (e.g. the product name in
 * bold), wherever the translation places it.
 */
export function messageWith(key: string, render: ComponentChildren, others: readonly string[] = []): ComponentChildren {
  const text = t(key, [SLOT, ...others]);
  const at = text.indexOf(SLOT);
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      {render}
      {text.slice(at + SLOT.length)}
    </>
  );
}
