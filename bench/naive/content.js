// The straightforward way to build this extension, kept as the benchmark's yardstick:
// read the rendered text of the whole page on load and after every batch of mutations.
'use strict';
let warned = false;

function check() {
  if (warned || !document.body) return;
  if (/kaspersky/i.test(document.body.innerText)) {
    warned = true;
    const marker = document.createElement('div');
    marker.setAttribute('data-naive-warning', '');
    marker.textContent = 'This page sells Kaspersky software.';
    document.body.prepend(marker);
  }
}

check();
new MutationObserver(check).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
