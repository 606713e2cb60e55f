package dev.vippsmp.checkout.returnpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vippsmp.checkout.config.CheckoutProperties;
import dev.vippsmp.checkout.support.CheckoutIntegrationTest;
import dev.vippsmp.checkout.support.Simulator;
import dev.vippsmp.core.payment.InitiationRequest;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * However many return pages watch a payment, the vendor is read at most once per interval (3 s in these tests):
 * concurrent viewers wait for the one read in progress instead of starting their own, and a second node sharing the
 * database does not read again within the interval.
 */
class StatusChecksTest extends CheckoutIntegrationTest {

    @Autowired
    private StatusChecks checks;
    @Autowired
    private CheckoutProperties properties;

    @Test
    void manyViewersAtOnceShareOneReadAndTheNextComesOnlyAfterTheInterval() throws Exception {
        String order = shop.newOrder(4_000, false);
        String reference = payments.initiation().initiate(InitiationRequest.checkout(order, baseUrl() + "/vipps/return/x"))
                .reference();
        assertThat(Simulator.requests(reference, "getPayment")).isZero();

        ExecutorService viewers = Executors.newFixedThreadPool(16);
        try {
            List<Callable<PaymentStatus>> watching = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                watching.add(() -> checks.latest(order).map(Payment::status).orElseThrow());
            }
            for (Future<PaymentStatus> seen : viewers.invokeAll(watching)) {
                assertThat(seen.get()).isEqualTo(PaymentStatus.CREATED);
            }
        } finally {
            viewers.shutdownNow();
        }
        assertThat(Simulator.requests(reference, "getPayment")).isEqualTo(1);

        Simulator.control().complete(reference, "{}");
        assertThat(checks.latest(order).map(Payment::status)).contains(PaymentStatus.CREATED);
        assertThat(Simulator.requests(reference, "getPayment")).isEqualTo(1);

        await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(250))
                .until(() -> checks.latest(order).map(Payment::status).orElseThrow(), PaymentStatus.AUTHORIZED::equals);
        assertThat(Simulator.requests(reference, "getPayment")).isEqualTo(2);
        // Final: nobody asks the vendor again.
        checks.latest(order);
        assertThat(Simulator.requests(reference, "getPayment")).isEqualTo(2);
    }

    @Test
    void aSecondNodeSharingTheDatabaseDoesNotReadAgainWithinTheInterval() {
        // Another node: its own in-memory coalescing, the same database and the same vendor.
        StatusChecks otherNode = new StatusChecks(payments,
                new StatusReadClaims(JdbcClient.create(jdbc.getDataSource()), Clock.systemUTC(),
                        properties.statusCheckInterval()),
                Clock.systemUTC(), properties.statusCheckInterval(), properties.firstStatusCheck());
        String order = shop.newOrder(4_500, false);
        String reference = payments.initiation().initiate(InitiationRequest.checkout(order, baseUrl() + "/vipps/return/x"))
                .reference();

        checks.latest(order);
        Simulator.control().complete(reference, "{}");
        assertThat(otherNode.latest(order).map(Payment::status)).contains(PaymentStatus.CREATED);
        assertThat(Simulator.requests(reference, "getPayment")).isEqualTo(1);

        await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(250))
                .until(() -> otherNode.latest(order).map(Payment::status).orElseThrow(),
                        PaymentStatus.AUTHORIZED::equals);
        assertThat(Simulator.requests(reference, "getPayment")).isEqualTo(2);
        assertThat(checks.latest(order).map(Payment::status)).contains(PaymentStatus.AUTHORIZED);
    }
}
