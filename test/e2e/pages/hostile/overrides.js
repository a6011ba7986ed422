// A page that rewrites the DOM and built-ins in its own (main) world, as script-heavy or
// hostile sites do. Content scripts run in an isolated world, so none of this reaches them.
(() => {
  const noop = () => undefined;
  // Kept for the test, which counts elements from this same world.
  window.__originals = { querySelectorAll: Document.prototype.querySelectorAll };
  Element.prototype.querySelectorAll = () => [];
  Element.prototype.querySelector = () => null;
  Document.prototype.querySelectorAll = () => [];
  Document.prototype.querySelector = () => null;
  Document.prototype.getElementById = () => null;
  Document.prototype.createElement = () => {
    throw new Error('createElement disabled by page');
  };
  Element.prototype.attachShadow = () => {
    throw new Error('attachShadow disabled by page');
  };
  Element.prototype.before = noop;
  Element.prototype.prepend = noop;
  Node.prototype.insertBefore = function insertBefore(node) {
    return node;
  };
  Node.prototype.appendChild = function appendChild(node) {
    return node;
  };
  window.MutationObserver = class {
    observe() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  };
  JSON.parse = () => {
    throw new SyntaxError('JSON.parse disabled by page');
  };
  RegExp.prototype.test = () => false;
  RegExp.prototype.exec = () => null;
  String.prototype.match = () => null;
  String.prototype.includes = () => false;
  String.prototype.toLowerCase = function toLowerCase() {
    return 'tampered';
  };
  Array.from = () => [];
  Array.prototype.map = () => [];
  history.pushState = noop;
  history.replaceState = noop;
  window.setTimeout = () => 0;
  window.requestAnimationFrame = () => 0;
  window.requestIdleCallback = () => 0;
  window.addEventListener = noop;
  EventTarget.prototype.addEventListener = noop;
  CSSStyleSheet.prototype.replaceSync = noop;
  window.CSSStyleSheet = function CSSStyleSheet() {
    throw new Error('CSSStyleSheet disabled by page');
  };
  window.fetch = () => Promise.reject(new Error('fetch disabled by page'));
  // Fake extension APIs where the page can reach them, pointing at the page's own script.
  const fakeRuntime = { runtime: { id: 'fake', getURL: () => 'https://evil.example/page.js', sendMessage: noop } };
  for (const name of ['chrome', 'browser']) {
    try {
      Object.defineProperty(window, name, { value: fakeRuntime, configurable: true });
    } catch {
      // Not configurable in this browser.
    }
  }
  window.__overridden = true;
})();
