package dev.vippsmp.demoshop.checkout;

/**
 * Fills in what the checkout form can know before the buyer types, e.g. from a login with Vipps MobilePay. Runs on
 * a new form only, before it is shown.
 */
public interface CheckoutPrefill {

    void prefill(CheckoutForm form);
}
