package dev.vippsmp.checkout.express;

import dev.vippsmp.checkout.CheckoutShop;
import dev.vippsmp.checkout.attempt.CheckoutAttempts;
import dev.vippsmp.core.payment.PaymentChanged;
import dev.vippsmp.core.payment.PaymentFlow;
import dev.vippsmp.core.spi.PaymentOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;

/**
 * Empties the cart an express order came from once the shop has been told the order is paid, by whichever path
 * learnt it first (return page, webhook, reconciler), so a buyer who never comes back does not find the paid goods
 * in the cart later. Until then the cart stays, so an express that is abandoned or rejected loses nothing.
 */
public class PaidCartCleanup {

    private static final Logger log = LoggerFactory.getLogger(PaidCartCleanup.class);

    private final CheckoutAttempts attempts;
    private final ObjectProvider<CheckoutShop> shop;

    public PaidCartCleanup(CheckoutAttempts attempts, ObjectProvider<CheckoutShop> shop) {
        this.attempts = attempts;
        this.shop = shop;
    }

    @EventListener
    public void on(PaymentChanged change) {
        if (change.told() != PaymentOutcome.Kind.AUTHORIZED && change.told() != PaymentOutcome.Kind.PAID) {
            return;
        }
        // Only express attempts carry a cart, and an express order is paid in an express flow (a retry keeps it),
        // so a checkout payment has no cart to empty and need not look.
        if (change.payment().flow() == PaymentFlow.CHECKOUT) {
            return;
        }
        CheckoutShop host = shop.getIfAvailable();
        if (host == null) {
            return;
        }
        String orderId = change.payment().orderId();
        for (String cart : attempts.cartsToClear(orderId)) {
            host.clearCart(cart);
            attempts.cartCleared(orderId, cart);
            log.debug("Emptied the cart of paid express order {}", orderId);
        }
    }
}
