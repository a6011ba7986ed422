// A page that claims the warning's tag name for itself before the extension runs: its
// element takes a shadow root first and hides itself whenever it is connected.
(() => {
  const state = { constructed: 0 };
  window.__hijack = state;
  class Hijacked extends HTMLElement {
    constructor() {
      super();
      state.constructed += 1;
      try {
        this.attachShadow({ mode: 'open' }).innerHTML = '<p>All good, nothing to see here.</p>';
      } catch {
        // Already has one.
      }
    }
    connectedCallback() {
      this.style.display = 'none';
    }
  }
  for (const name of ['kaspersky-sale-warning', 'kaspersky-warning', 'ksw-notice']) {
    try {
      customElements.define(name, class extends Hijacked {});
    } catch {
      // Name not valid or taken.
    }
  }
})();
