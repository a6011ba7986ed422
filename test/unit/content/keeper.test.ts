import { describe, expect, it } from 'vitest';
import { createKeeper, MAX_RESTORES } from '../../../src/content/ui/keeper';
import { createStyledHost } from '../../../src/content/ui/host';

/** Waits for the keeper's observer (happy-dom delivers mutation records on a timer) until `done` or a deadline. */
async function settle(done: () => boolean = () => false, ms = 300): Promise<void> {
  const deadline = Date.now() + ms;
  do await new Promise((r) => setTimeout(r, 5));
  while (!done() && Date.now() < deadline);
}

describe('keeper puts a removed or hidden warning back, within a bound', () => {
  it('re-inserts a removed host and resets a tampered one', async () => {
    document.body.innerHTML = '<div id="box"></div>';
    const box = document.getElementById('box')!;
    const { element } = createStyledHost('product');
    box.append(element);
    const keeper = createKeeper();
    keeper.keep({ element, kind: 'product', reinsert: () => (box.prepend(element), true) });

    element.remove();
    await settle(() => element.isConnected);
    expect(element.parentElement).toBe(box);

    element.setAttribute('hidden', '');
    element.style.setProperty('display', 'none');
    await settle(() => !element.hasAttribute('hidden'));
    expect(element.hasAttribute('hidden')).toBe(false);
    expect(element.style.getPropertyValue('display')).toBe('block');
    expect(element.style.getPropertyPriority('display')).toBe('important');
    expect(keeper.restores).toBe(2);
    keeper.disconnect();
  });

  it(`gives up after ${MAX_RESTORES} restores, so a hostile page cannot make it loop`, async () => {
    document.body.innerHTML = '';
    const { element } = createStyledHost('checkout');
    document.body.append(element);
    const keeper = createKeeper();
    keeper.keep({ element, kind: 'checkout', reinsert: () => (document.body.append(element), true) });
    for (let i = 0; i < MAX_RESTORES * 3; i++) {
      element.remove();
      await settle(() => element.isConnected, 100);
    }
    expect(keeper.restores).toBe(MAX_RESTORES + 1);
    expect(element.isConnected).toBe(false);
  });

  it('a released element is left alone', async () => {
    document.body.innerHTML = '';
    const { element } = createStyledHost('product');
    document.body.append(element);
    const keeper = createKeeper();
    keeper.keep({ element, kind: 'product', reinsert: () => (document.body.append(element), true) });
    keeper.release(element);
    element.remove();
    await settle(() => element.isConnected, 100);
    expect(element.isConnected).toBe(false);
    expect(keeper.restores).toBe(0);
  });
});
