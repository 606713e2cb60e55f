package dev.vippsmp.demoshop.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderStatusTest {

    @Test
    void theUsualPathIsAllowedStepByStep() {
        assertThat(OrderStatus.PENDING_PAYMENT.next(true)).contains(OrderStatus.PROCESSING);
        assertThat(OrderStatus.PROCESSING.next(true)).contains(OrderStatus.SHIPPED);
        assertThat(OrderStatus.SHIPPED.next(true)).contains(OrderStatus.COMPLETED);
        assertThat(OrderStatus.COMPLETED.next(true)).containsExactly(OrderStatus.REFUNDED);
    }

    @Test
    void nothingCanBeShippedOrRefundedBeforeItIsPaid() {
        assertThat(OrderStatus.PENDING_PAYMENT.next(true)).doesNotContain(OrderStatus.SHIPPED, OrderStatus.REFUNDED,
                OrderStatus.COMPLETED);
        assertThat(OrderStatus.FAILED.next(true)).doesNotContain(OrderStatus.SHIPPED, OrderStatus.REFUNDED);
    }

    @Test
    void shippedGoodsCanNoLongerBeCancelledOnlyRefunded() {
        assertThat(OrderStatus.SHIPPED.next(true)).doesNotContain(OrderStatus.CANCELLED).contains(OrderStatus.REFUNDED);
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void anOrderWithNothingToShipIsNeverShipped(OrderStatus status) {
        assertThat(status.next(false)).doesNotContain(OrderStatus.SHIPPED);
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"CANCELLED", "REFUNDED"})
    void cancelledAndRefundedOrdersAreClosed(OrderStatus status) {
        assertThat(status.isFinal()).isTrue();
        assertThat(status.next(true)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void noStatusMovesToItself(OrderStatus status) {
        assertThat(status.next(true)).doesNotContain(status);
    }
}
