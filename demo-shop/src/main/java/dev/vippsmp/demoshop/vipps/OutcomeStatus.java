package dev.vippsmp.demoshop.vipps;

import dev.vippsmp.core.settings.OrderStatusAfterApproval;
import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.demoshop.order.OrderStatus;
import java.util.Optional;
import java.util.Set;

/**
 * Which order status a payment outcome leads to, from the status the order has now. Empty when the order stays as
 * it is: the outcome is already reflected (a capture of an order that has shipped), or no status fits (a flagged
 * payment waits for an admin in the plugin's payment list). An approved payment moves a waiting order to the status
 * the merchant chose in the plugin's settings: on hold, or straight on to processing.
 */
final class OutcomeStatus {

    private OutcomeStatus() {
    }

    static Optional<OrderStatus> target(PaymentOutcome outcome, OrderStatus current, Set<OrderStatus> allowed,
            OrderStatusAfterApproval afterApproval) {
        OrderStatus wanted = switch (outcome.kind()) {
            case AUTHORIZED, PAID -> current == OrderStatus.PENDING_PAYMENT || current == OrderStatus.FAILED
                    ? approved(afterApproval) : null;
            case REFUNDED -> outcome.fullyRefunded() ? OrderStatus.REFUNDED : null;
            // Nothing was ever reserved: the buyer may still pay another way, so the order is failed, not closed.
            case CANCELLED -> outcome.authorizedMinor() == 0 ? OrderStatus.FAILED : OrderStatus.CANCELLED;
            case FAILED -> OrderStatus.FAILED;
            case FLAGGED -> null;
        };
        return wanted != null && wanted != current && allowed.contains(wanted) ? Optional.of(wanted)
                : Optional.empty();
    }

    private static OrderStatus approved(OrderStatusAfterApproval afterApproval) {
        return switch (afterApproval) {
            case ON_HOLD -> OrderStatus.ON_HOLD;
            case PROCESSING -> OrderStatus.PROCESSING;
        };
    }
}
