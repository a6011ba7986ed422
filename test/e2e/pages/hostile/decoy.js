// A page that plants its own hidden element carrying the warning's attribute, hoping the
// extension thinks a warning is already on screen and shows none.
(() => {
  const plant = () => {
    for (const kind of ['product', 'checkout', 'confirm']) {
      const decoy = document.createElement('div');
      decoy.className = 'decoy';
      decoy.setAttribute('data-kaspersky-warning', kind);
      decoy.hidden = true;
      document.body.prepend(decoy);
    }
  };
  if (document.body) plant();
  else document.addEventListener('DOMContentLoaded', plant);
})();
