package dev.vippsmp.demoshop.payment;

import java.util.Locale;

/**
 * A way to pay that checkout offers. The shop's own is {@link InvoicePaymentMethod}; an installed plugin adds its
 * own simply by declaring a bean of this type, and checkout lists it beside the others (in {@code @Order}).
 *
 * <p>When the buyer places the order, the shop first stores the order as {@code PENDING_PAYMENT}, then calls
 * {@link #start}. A method that settles at once returns {@link PaymentStart.Completed} and the order moves on to
 * {@code PROCESSING}; one that needs the buyer elsewhere returns {@link PaymentStart.Redirect} and later moves the
 * order itself through the order service (paid, failed or cancelled), from its return page or a callback.
 */
public interface PaymentMethod {

    /** Stable identifier, stored on orders: lowercase letters, digits and dashes, at most 40 characters. */
    String id();

    /** The name shown at checkout and on the order, in the buyer's language. */
    String label(Locale locale);

    /** A line under the name at checkout; empty for none. */
    default String description(Locale locale) {
        return "";
    }

    /** The method's logo beside its name at checkout, a path on the shop's static files; null for none. */
    default String logo() {
        return null;
    }

    /** Whether checkout offers this method for an order like this one (its total, currency, country). */
    boolean isAvailable(PaymentContext context);

    /**
     * Starts paying for a stored order. Called outside the order's transaction, so a slow remote call holds no
     * database locks.
     *
     * @throws PaymentStartException when the payment cannot be started; the order is marked failed and the buyer
     *                               returns to checkout with the cart intact
     */
    PaymentStart start(PaymentRequest request);
}
