// Keeps the order summary in step with the chosen delivery method. The page works without it: the server
// computes the same totals when the order is placed.
document.addEventListener('DOMContentLoaded', () => {
  const shipping = document.getElementById('summary-shipping');
  const total = document.getElementById('summary-total');
  if (!shipping || !total) {
    return;
  }
  document.querySelectorAll('#shipping-options input[type=radio]').forEach((radio) => {
    radio.addEventListener('change', () => {
      shipping.textContent = radio.dataset.shippingText;
      total.textContent = radio.dataset.totalText;
    });
  });
});
