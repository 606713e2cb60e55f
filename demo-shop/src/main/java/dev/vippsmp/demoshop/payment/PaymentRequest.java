package dev.vippsmp.demoshop.payment;

import dev.vippsmp.demoshop.money.Money;
import java.net.URI;
import java.util.Locale;

/**
 * An order waiting for payment, as a payment method needs it to start one.
 *
 * @param orderId      the shop's order number
 * @param total        what to charge, shipping and VAT included
 * @param buyerEmail   may be null when the buyer gives their details in the wallet (express checkout)
 * @param buyerPhone   may be null likewise
 * @param orderPageUrl the buyer's own page for this order (absolute, with its secret token): a good place to
 *                     send the buyer back to
 * @param shopBaseUrl  the shop's absolute base URL as the buyer reached it, for building other return links
 */
public record PaymentRequest(long orderId, Money total, String buyerEmail, String buyerPhone, Locale locale,
                             URI orderPageUrl, URI shopBaseUrl) {
}
