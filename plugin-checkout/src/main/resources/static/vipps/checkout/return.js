// Keeps the return page up to date while the payment is not final: asks the shop's own backend (never the
// vendor) for the payment's state, and reloads the page once it has moved on. Each request waits on the backend for
// the payment to change (up to vipps.checkout.status-wait, a second by default), so the page moves on within
// moments of the webhook and asks again at once when nothing changed; the backend reads the vendor at most every
// two seconds per payment, however many pages ask. Without scripts the page offers "Check now" instead.
(() => {
  const page = document.querySelector('[data-vipps-status-url]');
  if (!page || page.dataset.vippsState !== 'WAITING') {
    return;
  }
  const statusUrl = new URL(page.dataset.vippsStatusUrl, window.location.href);
  statusUrl.searchParams.set('wait', 'true');
  const started = Date.now();
  let pause = 0;
  const check = async () => {
    let answered = false;
    try {
      const response = await fetch(statusUrl, {
        headers: { Accept: 'application/json' }, cache: 'no-store', credentials: 'same-origin'
      });
      if (response.ok) {
        answered = true;
        const status = await response.json();
        if (status.state !== 'WAITING') {
          window.location.reload();
          return;
        }
      }
    } catch (e) {
      // A network hiccup: ask again after a pause.
    }
    // After a minute the buyer has likely left the app for a while; pause between requests, at most ten seconds.
    if (Date.now() - started > 60000) {
      pause = Math.min(10000, Math.max(2000, Math.round(pause * 1.5)));
    }
    window.setTimeout(check, answered ? pause : Math.max(pause, 2000));
  };
  check();
})();
