package dev.vippsmp.core.reconcile;

import static dev.vippsmp.testsupport.SimulatorDefaults.TEST_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.core.client.errors.ApiConnectionException;
import dev.vippsmp.core.payment.Initiation;
import dev.vippsmp.core.payment.InitiationRequest;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.settings.VippsProperties;
import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.core.support.PluginIntegrationTest;
import dev.vippsmp.core.support.Simulator;
import dev.vippsmp.core.telemetry.ApiCallLog;
import dev.vippsmp.core.webhook.WebhookDispatcher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Polling: a payment nobody completed (no return, no webhook) is found and completed by the reconciler, which
 * waits 5 s after creation, keeps polling an open payment with growing pauses, flags one that never ends, and runs
 * on one node at a time.
 */
class ReconcilerTest extends PluginIntegrationTest {

    @Autowired
    private Reconciler reconciler;
    @Autowired
    private VippsProperties properties;
    @Autowired
    private LockingTaskExecutor vippsLockingTaskExecutor;
    @Autowired
    private WebhookDispatcher webhooks;
    @Autowired
    private ApiCallLog callLog;
    @Autowired
    private DataSource dataSource;

    @Test
    void aPaymentApprovedWithoutReturnOrWebhookIsCompletedByPolling() {
        String order = shop.newOrder(4_200, true);
        Initiation initiation = payments.initiation().initiate(InitiationRequest.checkout(order, "https://shop.example/r"));
        client.payments().forceApprove(initiation.reference(), TEST_USER);

        reconciler.runOnce();
        assertThat(status(initiation.reference())).isEqualTo(PaymentStatus.CREATED);

        clock.advance(Duration.ofSeconds(5));
        reconciler.runOnce();

        Payment payment = payments.queries().find(initiation.reference()).orElseThrow();
        assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(payment.nextPollAt()).isNull();
        assertThat(shop.outcomes(order)).extracting(PaymentOutcome::kind)
                .containsExactly(PaymentOutcome.Kind.AUTHORIZED);
    }

    @Test
    void anOutcomeTheShopRefusedIsOfferedAgainOnePollIntervalLater() {
        String order = shop.newOrder(4_300, true);
        Initiation initiation = payments.initiation().initiate(InitiationRequest.checkout(order, "https://shop.example/r"));
        client.payments().forceApprove(initiation.reference(), TEST_USER);
        clock.advance(Duration.ofSeconds(5));
        shop.refuseNextOutcome();

        reconciler.runOnce();

        Payment refused = payments.queries().find(initiation.reference()).orElseThrow();
        assertThat(refused.status()).isEqualTo(PaymentStatus.CREATED);
        assertThat(refused.nextPollAt()).isEqualTo(clock.instant().plus(properties.reconciler().pollInterval()));
        assertThat(shop.outcomes(order)).isEmpty();

        clock.advance(properties.reconciler().pollInterval());
        reconciler.runOnce();

        assertThat(status(initiation.reference())).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(shop.outcomes(order)).extracting(PaymentOutcome::kind)
                .containsExactly(PaymentOutcome.Kind.AUTHORIZED);
    }

    @Test
    void anOpenPaymentIsPolledWithGrowingPausesAndFlaggedWhenItNeverEnds() {
        String order = shop.newOrder(4_300, true);
        String reference = payments.initiation().initiate(InitiationRequest.checkout(order, "https://shop.example/r"))
                .reference();
        Instant previous = null;
        Duration lastPause = Duration.ZERO;
        for (int poll = 0; poll < 6; poll++) {
            clock.set(payments.queries().find(reference).orElseThrow().nextPollAt());
            reconciler.runOnce();
            Payment payment = payments.queries().find(reference).orElseThrow();
            assertThat(payment.status()).isEqualTo(PaymentStatus.CREATED);
            if (previous != null) {
                Duration pause = Duration.between(previous, payment.nextPollAt());
                assertThat(pause).isGreaterThanOrEqualTo(lastPause)
                        .isLessThanOrEqualTo(properties.reconciler().maxPollInterval());
                lastPause = pause;
            }
            previous = clock.instant();
        }
        assertThat(lastPause).isGreaterThan(properties.reconciler().pollInterval());

        clock.advance(properties.reconciler().giveUpAfter());
        reconciler.runOnce();

        Payment stale = payments.queries().find(reference).orElseThrow();
        assertThat(stale.flagged()).isTrue();
        assertThat(stale.flagReason()).startsWith("NEVER_FINAL");
        assertThat(stale.nextPollAt()).isNull();
    }

    @Test
    void aLostAnswerToCreateIsNotAFailureTheReconcilerFindsThePayment() {
        String order = shop.newOrder(4_400, true);
        Simulator.control().fault("{\"action\":\"DROP\",\"afterProcessing\":true,\"operation\":\"createPayment\","
                + "\"times\":-1}");
        assertThatThrownBy(() -> payments.initiation().initiate(InitiationRequest.checkout(order, "https://shop.example/r")))
                .isInstanceOf(ApiConnectionException.class);
        Simulator.control().clearFaults();
        Payment stored = payments.queries().forOrder(order).get(0);
        assertThat(stored.status()).isEqualTo(PaymentStatus.CREATED);
        client.payments().forceApprove(stored.reference(), TEST_USER);

        clock.set(stored.nextPollAt());
        reconciler.runOnce();

        assertThat(status(stored.reference())).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(shop.outcomes(order)).extracting(PaymentOutcome::kind)
                .containsExactly(PaymentOutcome.Kind.AUTHORIZED);
    }

    @Test
    void aPaymentThatNeverReachedTheVendorFailsAfterTheGrace() {
        String order = shop.newOrder(4_500, true);
        Simulator.control().fault("{\"action\":\"DROP\",\"operation\":\"createPayment\",\"times\":-1}");
        assertThatThrownBy(() -> payments.initiation().initiate(InitiationRequest.checkout(order, "https://shop.example/r")))
                .isInstanceOf(ApiConnectionException.class);
        Simulator.control().clearFaults();
        String reference = payments.queries().forOrder(order).get(0).reference();

        clock.set(payments.queries().find(reference).orElseThrow().nextPollAt());
        reconciler.runOnce();
        assertThat(status(reference)).isEqualTo(PaymentStatus.CREATED);

        clock.advance(Duration.ofMinutes(3));
        reconciler.runOnce();
        assertThat(status(reference)).isEqualTo(PaymentStatus.FAILED);
        assertThat(shop.outcomes(order)).isEmpty();
    }

    @Test
    void aRateLimitedReadWaitsForTheVendorsRetryAfter() {
        String order = shop.newOrder(4_600, true);
        Initiation initiation = payments.initiation().initiate(InitiationRequest.checkout(order, "https://shop.example/r"));
        clock.advance(Duration.ofSeconds(5));
        // Every read is refused with 429 and "Retry-After: 1" until cleared: the client's own retries run out.
        Simulator.control().fault("{\"action\":\"ERROR\",\"operation\":\"getPayment\",\"status\":429,"
                + "\"times\":-1}");
        try {
            reconciler.runOnce();
        } finally {
            Simulator.control().clearFaults();
        }

        Payment limited = payments.queries().find(initiation.reference()).orElseThrow();
        assertThat(limited.status()).isEqualTo(PaymentStatus.CREATED);
        // Not the poll interval (2 s) nor the longest pause: the vendor's Retry-After.
        assertThat(limited.nextPollAt()).isEqualTo(clock.instant().plus(Duration.ofSeconds(1)));
    }

    @Test
    void aPaymentTheVendorExpiredIsFinishedAndNeverReadAgain() {
        String order = shop.newOrder(4_700, true);
        Initiation initiation = payments.initiation().initiate(InitiationRequest.checkout(order, "https://shop.example/r"));
        Simulator.control().expire(initiation.reference());
        clock.advance(Duration.ofSeconds(5));

        reconciler.runOnce();

        Payment expired = payments.queries().find(initiation.reference()).orElseThrow();
        assertThat(expired.status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(expired.nextPollAt()).isNull();
        assertThat(shop.outcomes(order)).extracting(PaymentOutcome::kind)
                .containsExactly(PaymentOutcome.Kind.FAILED);
        int reads = reads(initiation.reference());

        clock.advance(properties.reconciler().maxPollInterval());
        reconciler.runOnce();
        assertThat(reads(initiation.reference())).isEqualTo(reads);
    }

    @Test
    void onlyOneNodeReconcilesAtATime() {
        assertOnlyOneNodeReconcilesAtATime(reconciler, webhooks, callLog, vippsLockingTaskExecutor, properties, clock,
                dataSource);
    }

    /** Another node holds the reconciler's lock in the shared table: this node's pass does not run until it is free. */
    static void assertOnlyOneNodeReconcilesAtATime(Reconciler reconciler, WebhookDispatcher webhooks,
            ApiCallLog callLog, LockingTaskExecutor locking, VippsProperties properties, Clock clock,
            DataSource dataSource) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.initialize();
        try {
            BackgroundJobs jobs = new BackgroundJobs(reconciler, webhooks, callLog, locking, scheduler, properties,
                    clock);
            JdbcTemplateLockProvider otherNode = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                    .builder().withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("vipps_shedlock")
                    .usingDbTime().build());

            Optional<SimpleLock> held = otherNode.lock(new LockConfiguration(Instant.now(),
                    BackgroundJobs.RECONCILER_LOCK, Duration.ofMinutes(1), Duration.ZERO));
            assertThat(held).isPresent();
            assertThat(jobs.reconcileOnce()).isFalse();

            held.get().unlock();
            assertThat(jobs.reconcileOnce()).isTrue();
        } finally {
            scheduler.shutdown();
        }
    }

    private static int reads(String reference) {
        return Simulator.control().journalQuery("reference=" + reference + "&operation=getPayment").size();
    }

    private PaymentStatus status(String reference) {
        return payments.queries().find(reference).orElseThrow().status();
    }
}
