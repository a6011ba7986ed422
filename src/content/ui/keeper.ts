/**
 * Puts our warning back if the page removes it or tampers with its host (attributes,
 * inline style), as pages that re-render whole regions do by accident and hostile pages do
 * on purpose. Bounded: after MAX_RESTORES per page view we stop, so a page that keeps
 * removing us cannot make us loop.
 */
import { applyHostStyle, type WarningKind } from './host';

export const MAX_RESTORES = 5;

export interface KeptElement {
  readonly element: HTMLElement;
  readonly kind: WarningKind;
  /** Where it goes back if removed: re-inserts it and returns true, or false when there is no sensible place. */
  reinsert(): boolean;
}

export interface Keeper {
  keep(item: KeptElement): void;
  release(element: HTMLElement): void;
  /** Restores used so far on this page view (for tests and diagnostics). */
  readonly restores: number;
  disconnect(): void;
}

const WATCHED_ATTRIBUTES = ['style', 'hidden', 'class', 'inert', 'aria-hidden', 'data-kaspersky-warning'];

export function createKeeper(): Keeper {
  const kept = new Map<HTMLElement, KeptElement>();
  let restores = 0;
  let exhausted = false;
  let scheduled = false;

  const check = (): void => {
    scheduled = false;
    // Orphaned by an extension reload or update (Chrome keeps the old script running without
    // a runtime): its warning is no longer backed by anything, so it is not put back.
    const runtime = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime;
    if (runtime && runtime.id === undefined) {
      exhausted = true;
      observer.disconnect();
      return;
    }
    for (const item of kept.values()) {
      if (exhausted) return;
      const { element } = item;
      const tampered = element.getAttribute('data-kaspersky-warning') !== item.kind || element.hasAttribute('hidden') || element.hasAttribute('inert') || element.hasAttribute('aria-hidden') || element.style.getPropertyPriority('display') !== 'important' || element.style.getPropertyValue('visibility') !== 'visible';
      if (element.isConnected && !tampered) continue;
      if (++restores > MAX_RESTORES) {
        exhausted = true;
        observer.disconnect();
        return;
      }
      if (tampered) {
        for (const name of ['hidden', 'inert', 'aria-hidden', 'class']) element.removeAttribute(name);
        element.setAttribute('data-kaspersky-warning', item.kind);
        applyHostStyle(element, item.kind);
      }
      if (!element.isConnected && !item.reinsert()) kept.delete(element);
    }
  };

  const observer = new MutationObserver(() => {
    // Batch: one check per burst of mutations.
    if (scheduled || exhausted) return;
    scheduled = true;
    queueMicrotask(check);
  });

  const observe = (): void => {
    observer.disconnect();
    if (exhausted || kept.size === 0) return;
    observer.observe(document.documentElement, { childList: true, subtree: true });
    for (const element of kept.keys()) observer.observe(element, { attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  };

  return {
    keep(item) {
      kept.set(item.element, item);
      observe();
    },
    release(element) {
      kept.delete(element);
      observe();
    },
    get restores() {
      return restores;
    },
    disconnect() {
      kept.clear();
      observer.disconnect();
    },
  };
}
