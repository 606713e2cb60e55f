package dev.vippsmp.demoshop.vipps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.settings.OrderStatusAfterApproval;
import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.core.spi.PaymentOutcome.Kind;
import dev.vippsmp.demoshop.order.OrderStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which order status each payment outcome leads to, never a move the shop's order rules forbid. */
class OutcomeStatusTest {

    private static Optional<OrderStatus> target(Kind kind, long authorized, long captured, long refunded,
            OrderStatus current) {
        return OutcomeStatus.target(new PaymentOutcome("1", "fjellbu-1-1", kind, authorized, captured, refunded, 0,
                "NOK", null), current, current.next(true), OrderStatusAfterApproval.PROCESSING);
    }

    @Test
    void aMerchantWhoChoseOnHoldGetsApprovedOrdersOnHoldAndLaterOutcomesLeaveThemThere() {
        PaymentOutcome authorized = new PaymentOutcome("1", "fjellbu-1-1", Kind.AUTHORIZED, 1000, 0, 0, 0, "NOK",
                null);
        PaymentOutcome paid = new PaymentOutcome("1", "fjellbu-1-1", Kind.PAID, 1000, 1000, 0, 0, "NOK", null);
        OrderStatusAfterApproval onHold = OrderStatusAfterApproval.ON_HOLD;

        assertThat(OutcomeStatus.target(authorized, OrderStatus.PENDING_PAYMENT,
                OrderStatus.PENDING_PAYMENT.next(true), onHold)).contains(OrderStatus.ON_HOLD);
        assertThat(OutcomeStatus.target(authorized, OrderStatus.FAILED, OrderStatus.FAILED.next(true), onHold))
                .contains(OrderStatus.ON_HOLD);
        assertThat(OutcomeStatus.target(paid, OrderStatus.ON_HOLD, OrderStatus.ON_HOLD.next(true), onHold))
                .isEmpty();
        assertThat(OutcomeStatus.target(new PaymentOutcome("1", "fjellbu-1-1", Kind.CANCELLED, 1000, 0, 0, 1000,
                "NOK", null), OrderStatus.ON_HOLD, OrderStatus.ON_HOLD.next(true), onHold))
                .contains(OrderStatus.CANCELLED);
    }

    @Test
    void reservedMoneyMakesAWaitingOrderProcessingAndCaptureChangesNothingMore() {
        assertThat(target(Kind.AUTHORIZED, 1000, 0, 0, OrderStatus.PENDING_PAYMENT)).contains(OrderStatus.PROCESSING);
        assertThat(target(Kind.AUTHORIZED, 1000, 0, 0, OrderStatus.FAILED)).contains(OrderStatus.PROCESSING);
        assertThat(target(Kind.PAID, 1000, 1000, 0, OrderStatus.SHIPPED)).isEmpty();
        assertThat(target(Kind.PAID, 1000, 1000, 0, OrderStatus.PROCESSING)).isEmpty();
    }

    @Test
    void onlyAWholeRefundRefundsTheOrder() {
        assertThat(target(Kind.REFUNDED, 1000, 1000, 400, OrderStatus.SHIPPED)).isEmpty();
        assertThat(target(Kind.REFUNDED, 1000, 1000, 1000, OrderStatus.SHIPPED)).contains(OrderStatus.REFUNDED);
    }

    @Test
    void aPaymentEndingWithoutMoneyFailsAWaitingOrderAndAReleasedReservationCancelsIt() {
        assertThat(target(Kind.CANCELLED, 0, 0, 0, OrderStatus.PENDING_PAYMENT)).contains(OrderStatus.FAILED);
        assertThat(target(Kind.FAILED, 0, 0, 0, OrderStatus.PENDING_PAYMENT)).contains(OrderStatus.FAILED);
        assertThat(target(Kind.CANCELLED, 1000, 0, 0, OrderStatus.PROCESSING)).contains(OrderStatus.CANCELLED);
        assertThat(target(Kind.CANCELLED, 1000, 0, 0, OrderStatus.COMPLETED)).isEmpty();
    }

    @Test
    void aFlaggedPaymentLeavesTheOrderAsItIs() {
        assertThat(target(Kind.FLAGGED, 900, 0, 0, OrderStatus.PENDING_PAYMENT)).isEmpty();
    }
}
