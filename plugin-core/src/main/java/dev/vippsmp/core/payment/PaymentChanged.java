package dev.vippsmp.core.payment;

import dev.vippsmp.core.spi.PaymentOutcome;

/**
 * Published (as a Spring application event) after a completion moved a payment and its change is committed: once
 * per change, on the node that made it. For reacting to payments beyond the shop's order, e.g. emptying the cart an
 * express order came from once it is paid. A listener runs on the completing thread and must be quick; its failure
 * is logged and changes nothing.
 *
 * @param payment the payment after the change
 * @param told what the shop was told with this change, or null
 */
public record PaymentChanged(Payment payment, PaymentOutcome.Kind told, Trigger trigger) {
}
