// A page that removes any extension warning the moment it appears, for as long as it is open.
(() => {
  const state = { inserted: 0, removed: 0 };
  window.__warningFight = state;
  const sweep = (root) => {
    for (const element of root.querySelectorAll('[data-kaspersky-warning]')) {
      element.remove();
      state.removed += 1;
    }
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && (node.hasAttribute('data-kaspersky-warning') || node.querySelector('[data-kaspersky-warning]'))) state.inserted += 1;
      }
    }
    sweep(document);
  }).observe(document, { childList: true, subtree: true });
  setInterval(() => sweep(document), 25);
})();
