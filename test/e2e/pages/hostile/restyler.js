// A page that hides any extension warning by restyling it, from a stylesheet and from script,
// over and over (including every time its style attribute changes).
(() => {
  const state = { inserted: 0, restyled: 0 };
  window.__warningFight = state;
  const style = document.createElement('style');
  style.textContent =
    '[data-kaspersky-warning] { display: none !important; visibility: hidden !important; opacity: 0 !important; position: absolute !important; left: -99999px !important; height: 0 !important; overflow: hidden !important; transform: scale(0) !important; }';
  document.documentElement.append(style);
  const hide = (element) => {
    element.style.setProperty('display', 'none', 'important');
    element.setAttribute('hidden', '');
    state.restyled += 1;
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.target.nodeType === 1 && record.target.hasAttribute('data-kaspersky-warning')) {
        if (record.target.style.display !== 'none') hide(record.target);
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && node.hasAttribute('data-kaspersky-warning')) {
          state.inserted += 1;
          hide(node);
        }
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'hidden', 'class'] });
  setInterval(() => document.querySelectorAll('[data-kaspersky-warning]').forEach(hide), 50);
})();
