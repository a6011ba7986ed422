/**
 * Catches the moment of purchase: a press on a purchase control (mouse, touch, keyboard)
 * or a form submitted to a cart or checkout, in the capture phase on window, before the
 * page's own handlers. The action is held while the person decides; "Continue anyway"
 * replays it exactly once. Only trusted (user-made) clicks and keys are held, so our own
 * replay — an untrusted event — passes through; a form submission replayed by us passes a
 * one-shot bypass. If anything here throws, the page's action goes through (fail open).
 */
import { activatesOnKey, isPurchaseSubmit, purchaseControlFor } from './purchase-controls';

/** A held purchase action. */
export interface HeldAction {
  readonly control: Element | null;
  /** Performs the original action; effective once, later calls do nothing. */
  replay(): void;
}

export interface InterceptorHooks {
  /** Whether purchases on this page are to be confirmed right now. */
  isActive(): boolean;
  /** Shows the confirmation; must eventually call replay() or drop the action. Throwing lets the action through. */
  confirm(action: HeldAction): void;
}

let bypassSubmit = false;
let installed: InterceptorHooks | null = null;

function once(perform: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    perform();
  };
}

function hold(event: Event, control: Element | null, perform: () => void): void {
  const hooks = installed;
  if (!hooks) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  const replay = once(perform);
  try {
    hooks.confirm({ control, replay });
  } catch {
    replay();
  }
}

function mouseInit(event: MouseEvent): MouseEventInit {
  return {
    bubbles: true, cancelable: true, composed: true, view: window, detail: event.detail,
    screenX: event.screenX, screenY: event.screenY, clientX: event.clientX, clientY: event.clientY,
    ctrlKey: event.ctrlKey, shiftKey: event.shiftKey, altKey: event.altKey, metaKey: event.metaKey, button: event.button, buttons: event.buttons,
  };
}

function onClick(event: MouseEvent): void {
  if (!event.isTrusted || !installed) return;
  let control: Element | null;
  try {
    if (!installed.isActive()) return;
    control = purchaseControlFor(event.composedPath()[0] ?? event.target);
  } catch {
    return;
  }
  if (!control) return;
  const target = (event.composedPath()[0] ?? event.target) as Element;
  const init = mouseInit(event);
  // A synthetic click runs the same activation (link navigation, form submission) and the page's own handlers.
  hold(event, control, () => {
    const replayTarget = target.isConnected ? target : control;
    if (!replayTarget.isConnected) return;
    bypassSubmit = true;
    try {
      replayTarget.dispatchEvent(new MouseEvent('click', init));
    } finally {
      bypassSubmit = false;
    }
  });
}

function onKeyDown(event: KeyboardEvent): void {
  // Native buttons and links turn Enter/Space into a click, which onClick holds; custom
  // controls (role="button" on a div) act on the key itself, so hold that instead.
  if (!event.isTrusted || !installed || (event.key !== 'Enter' && event.key !== ' ')) return;
  let control: Element | null;
  try {
    if (!installed.isActive()) return;
    control = purchaseControlFor(event.composedPath()[0] ?? event.target);
    if (!control || activatesOnKey(control)) return;
  } catch {
    return;
  }
  const init: KeyboardEventInit = { bubbles: true, cancelable: true, composed: true, key: event.key, code: event.code, ctrlKey: event.ctrlKey, shiftKey: event.shiftKey, altKey: event.altKey, metaKey: event.metaKey };
  const target = control;
  hold(event, control, () => {
    if (!target.isConnected) return;
    target.dispatchEvent(new KeyboardEvent('keydown', init));
    target.dispatchEvent(new KeyboardEvent('keyup', init));
  });
}

function onSubmit(event: SubmitEvent): void {
  if (bypassSubmit || !installed) return;
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  let matches: boolean;
  try {
    matches = installed.isActive() && isPurchaseSubmit(form, event.submitter);
  } catch {
    return;
  }
  if (!matches) return;
  const submitter = event.submitter;
  hold(event, submitter, () => {
    if (!form.isConnected) return;
    bypassSubmit = true;
    try {
      // requestSubmit runs validation and the page's submit handlers, as the original did.
      if (submitter && (submitter as HTMLButtonElement | HTMLInputElement).form === form) form.requestSubmit(submitter);
      else form.requestSubmit();
    } finally {
      bypassSubmit = false;
    }
  });
}

/** Starts holding purchase actions on this page (idempotent); `hooks` decide and confirm. */
export function installInterceptor(hooks: InterceptorHooks): void {
  if (!installed) {
    addEventListener('click', onClick, true);
    addEventListener('keydown', onKeyDown, true);
    addEventListener('submit', onSubmit, true);
  }
  installed = hooks;
}

export function uninstallInterceptor(): void {
  if (!installed) return;
  removeEventListener('click', onClick, true);
  removeEventListener('keydown', onKeyDown, true);
  removeEventListener('submit', onSubmit, true);
  installed = null;
}
