/**
 * The return page the app sends the buyer back to. It never trusts the redirect: it reads the payment (from the
 * database, and from the vendor at most as often as the vendor's polling guidance allows, shared between everyone
 * watching the same payment), shows "waiting" and updates itself until the payment is final, then paid, rejected,
 * expired or failed with the next step; a failed or aborted payment can be retried as a new attempt of the same
 * order. It works in any browser: the secret token in its address is all it needs.
 */
package dev.vippsmp.checkout.returnpage;
