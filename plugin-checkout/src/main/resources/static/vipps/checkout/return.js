// Keeps the return page up to date while the payment is not final: asks the shop's own backend (never the
// vendor) for the payment's state, and reloads the page once it has moved on. The backend reads the vendor at most
// every two seconds per payment, however many pages ask. Without scripts the page offers "Check now" instead.
(() => {
  const page = document.querySelector('[data-vipps-status-url]');
  if (!page || page.dataset.vippsState !== 'WAITING') {
    return;
  }
  const started = Date.now();
  let delay = 2000;
  const check = async () => {
    try {
      const response = await fetch(page.dataset.vippsStatusUrl, {
        headers: { Accept: 'application/json' }, cache: 'no-store', credentials: 'same-origin'
      });
      if (response.ok) {
        const status = await response.json();
        if (status.state !== 'WAITING') {
          window.location.reload();
          return;
        }
      }
    } catch (e) {
      // A network hiccup: ask again after the next wait.
    }
    // After a minute the buyer has likely left the app for a while; ask less often, at most every ten seconds.
    if (Date.now() - started > 60000) {
      delay = Math.min(10000, Math.round(delay * 1.5));
    }
    window.setTimeout(check, delay);
  };
  window.setTimeout(check, delay);
})();
