package dev.vippsmp.checkout.orders;

import static dev.vippsmp.testsupport.SimulatorDefaults.TEST_USER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.checkout.support.CheckoutIntegrationTest;
import dev.vippsmp.checkout.support.Simulator;
import dev.vippsmp.core.payment.InitiationRequest;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.payment.Trigger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shop publishes what happened to its order; the money follows once the shop's transaction has committed, never
 * when it rolls back, and at once when there is no transaction.
 */
class OrderStatusEventsTest extends CheckoutIntegrationTest {

    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private PlatformTransactionManager transactionManager;

    private String reserved(String order) {
        String reference = payments.initiation().initiate(InitiationRequest.checkout(order, baseUrl() + "/vipps/return/x"))
                .reference();
        client.payments().forceApprove(reference, TEST_USER);
        payments.completion().complete(reference, Trigger.WEBHOOK);
        return reference;
    }

    @Test
    void aShippedOrderIsCapturedOnlyAfterTheShopsTransactionCommits() {
        String order = shop.newOrder(12_000, true);
        String reference = reserved(order);

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            events.publishEvent(OrderStatusEvent.shipped(order));
            assertThat(Simulator.control().aggregate(reference, "capturedAmount")).isZero();
        });

        assertThat(Simulator.control().aggregate(reference, "capturedAmount")).isEqualTo(12_000);
        assertThat(payments.queries().find(reference).orElseThrow().capturedMinor()).isEqualTo(12_000);
    }

    @Test
    void aChangeTheShopRollsBackMovesNoMoney() {
        String order = shop.newOrder(8_000, true);
        String reference = reserved(order);

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            events.publishEvent(OrderStatusEvent.cancelled(order));
            status.setRollbackOnly();
        });

        assertThat(payments.queries().find(reference).orElseThrow().status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(Simulator.control().aggregate(reference, "cancelledAmount")).isZero();
    }

    @Test
    void withoutATransactionTheMoneyMovesAtOnceAndARepeatDoesNothingMore() {
        String order = shop.newOrder(5_000, true);
        String reference = reserved(order);

        events.publishEvent(OrderStatusEvent.delivered(order));
        events.publishEvent(OrderStatusEvent.refunded(order));
        events.publishEvent(OrderStatusEvent.refunded(order));

        assertThat(Simulator.control().aggregate(reference, "capturedAmount")).isEqualTo(5_000);
        assertThat(Simulator.control().aggregate(reference, "refundedAmount")).isEqualTo(5_000);
        assertThat(payments.queries().find(reference).orElseThrow().status()).isEqualTo(PaymentStatus.REFUNDED);
    }
}
