package dev.vippsmp.demoshop.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order is in its life. The usual path is PENDING_PAYMENT → PROCESSING → SHIPPED → COMPLETED, with ON_HOLD
 * before PROCESSING when the merchant wants to look at a paid order first; an order can be cancelled before it ships
 * and refunded once paid. {@link #next} lists the moves allowed from each status;
 * anything else is refused.
 */
public enum OrderStatus {
    /** Stored, waiting for the payment method (a wallet, a bank) to report. */
    PENDING_PAYMENT,
    /** Paid (the money reserved) and waiting for the merchant to look at it before it is prepared. */
    ON_HOLD,
    /** Paid or accepted (invoice): to be packed and sent, or delivered by email. */
    PROCESSING,
    /** Handed to the carrier. */
    SHIPPED,
    /** Delivered; nothing more to do. */
    COMPLETED,
    /** The payment failed or was refused; the buyer may try again. */
    FAILED,
    /** Called off before anything was charged or delivered. */
    CANCELLED,
    /** The money went back to the buyer. */
    REFUNDED;

    /** The statuses this one may move to; {@code SHIPPED} only for orders with goods that ship. */
    public Set<OrderStatus> next(boolean ships) {
        Set<OrderStatus> next = switch (this) {
            case PENDING_PAYMENT -> EnumSet.of(ON_HOLD, PROCESSING, FAILED, CANCELLED);
            case FAILED -> EnumSet.of(PENDING_PAYMENT, ON_HOLD, PROCESSING, CANCELLED);
            case ON_HOLD -> EnumSet.of(PROCESSING, SHIPPED, COMPLETED, CANCELLED);
            case PROCESSING -> EnumSet.of(SHIPPED, COMPLETED, CANCELLED, REFUNDED);
            case SHIPPED -> EnumSet.of(COMPLETED, REFUNDED);
            case COMPLETED -> EnumSet.of(REFUNDED);
            case CANCELLED, REFUNDED -> EnumSet.noneOf(OrderStatus.class);
        };
        if (!ships) {
            next.remove(SHIPPED);
        }
        return next;
    }

    public boolean isFinal() {
        return this == CANCELLED || this == REFUNDED;
    }
}
