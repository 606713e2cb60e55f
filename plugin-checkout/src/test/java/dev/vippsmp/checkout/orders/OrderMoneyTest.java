package dev.vippsmp.checkout.orders;

import static dev.vippsmp.testsupport.SimulatorDefaults.TEST_USER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.checkout.support.CheckoutIntegrationTest;
import dev.vippsmp.checkout.support.Simulator;
import dev.vippsmp.core.payment.Initiation;
import dev.vippsmp.core.payment.InitiationRequest;
import dev.vippsmp.core.payment.OrderMoney;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.payment.Trigger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The money follows the order: shipping captures what is reserved (once, however often it is asked), cancelling
 * releases it or ends a payment still waiting, refunding pays back what was captured. The vendor is called outside
 * the caller's transaction, so a caller that rolls its own work back does not undo what the vendor did.
 */
class OrderMoneyTest extends CheckoutIntegrationTest {

    @Autowired
    private OrderMoney orderMoney;
    @Autowired
    private PlatformTransactionManager transactionManager;

    private Initiation approved(String order) {
        Initiation initiation = payments.initiation().initiate(InitiationRequest.checkout(order, baseUrl() + "/vipps/return/x"));
        client.payments().forceApprove(initiation.reference(), TEST_USER);
        payments.completion().complete(initiation.reference(), Trigger.WEBHOOK);
        return initiation;
    }

    @Test
    void shippingCapturesWhatIsReservedOnceAndRefundingPaysItBack() {
        String order = shop.newOrder(20_000, true);
        String reference = approved(order).reference();

        assertThat(orderMoney.capture(order)).isEqualTo(20_000);
        assertThat(orderMoney.capture(order)).isZero();
        assertThat(Simulator.control().aggregate(reference, "capturedAmount")).isEqualTo(20_000);

        assertThat(orderMoney.refund(order)).isEqualTo(20_000);
        assertThat(Simulator.control().aggregate(reference, "refundedAmount")).isEqualTo(20_000);
        assertThat(payments.queries().find(reference).orElseThrow().status()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void cancellingReleasesTheReservationOrEndsAPaymentStillWaiting() {
        String reserved = shop.newOrder(9_000, true);
        String reservedReference = approved(reserved).reference();
        String waiting = shop.newOrder(3_000, true);
        String waitingReference = payments.initiation().initiate(InitiationRequest.checkout(waiting,
                baseUrl() + "/vipps/return/x")).reference();

        assertThat(orderMoney.cancel(reserved)).isEqualTo(9_000);
        orderMoney.cancel(waiting);

        assertThat(Simulator.control().aggregate(reservedReference, "cancelledAmount")).isEqualTo(9_000);
        assertThat(payments.queries().find(reservedReference).orElseThrow().status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(Simulator.control().payment(waitingReference).get("state").asString()).isEqualTo("TERMINATED");
        assertThat(payments.queries().find(waitingReference).orElseThrow().status()).isEqualTo(PaymentStatus.TERMINATED);
    }

    @Test
    void whatTheVendorDidStaysRecordedWhenTheCallersOwnTransactionRollsBack() {
        String order = shop.newOrder(6_000, true);
        String reference = approved(order).reference();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            orderMoney.capture(order);
            status.setRollbackOnly();
        });

        assertThat(Simulator.control().aggregate(reference, "capturedAmount")).isEqualTo(6_000);
        assertThat(payments.queries().find(reference).orElseThrow().capturedMinor()).isEqualTo(6_000);
    }
}
