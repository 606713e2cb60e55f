package dev.vippsmp.core.payment;

import static dev.vippsmp.testsupport.SimulatorDefaults.TEST_USER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.settings.CapturePolicy;
import dev.vippsmp.core.settings.SettingsChange;
import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.core.spi.PaymentOutcome.Kind;
import dev.vippsmp.core.support.JdbcExecutions;
import dev.vippsmp.core.support.JdbcExecutions.Execution;
import dev.vippsmp.core.support.PostgresIntegrationTest;
import dev.vippsmp.core.support.Simulator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * What the busiest completion costs the database on real PostgreSQL. A webhook's AUTHORIZED event for a shop that
 * captures at authorization reads the stored payment once and authorizes it, then captures inside the payment's
 * money claim: the claim taken, the stored remainder read once, the capture's key used up, the capture's answer
 * applied and the claim given back. That is five transactions; the two reads are single statements outside any
 * transaction, and the payment is not read between these steps or after them (each change returns the payment as
 * it stored it, which must be what a read finds), nor is the shop's order read more than once: the authorization
 * compares its total, and the link to it in the app reuses that read. The CAPTURED event that follows is one read
 * and no transaction. A change that adds a transaction or a read to the path fails here; the outcome is
 * checked alongside, so a path that saves one by skipping a step fails too.
 */
@Import(JdbcExecutions.class)
class CompletionTransactionsOnPostgresTest extends PostgresIntegrationTest {

    private static final String RETURN_URL = "https://shop.example/vipps/return";

    @Autowired
    private ConfigurableApplicationContext context;

    private final List<PaymentChanged> published = new CopyOnWriteArrayList<>();
    private final ApplicationListener<PayloadApplicationEvent<PaymentChanged>> recorder =
            event -> published.add(event.getPayload());

    @BeforeEach
    void captureAtAuthorization() {
        settings.update(capturePolicy(CapturePolicy.ON_AUTHORIZATION), "test");
        context.addApplicationListener(recorder);
    }

    @AfterEach
    void manualCapture() {
        settings.update(capturePolicy(CapturePolicy.MANUAL), "test");
        context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
                ApplicationEventMulticaster.class).removeApplicationListener(recorder);
    }

    private static SettingsChange capturePolicy(CapturePolicy policy) {
        return SettingsChange.none().withCapture(SettingsChange.Capture.policy(policy));
    }

    @Test
    void anAuthorizedEventThatCapturesCommitsFiveTransactionsAndTheCapturedEventAfterItNone() {
        String order = shop.newOrder(12_500, true);
        String reference = payments.initiation().initiate(InitiationRequest.checkout(order, RETURN_URL)).reference();
        client.payments().forceApprove(reference, TEST_USER);

        int orderReadsBefore = shop.orderReads(order);
        CompletionResult[] authorized = new CompletionResult[1];
        List<Execution> authorizing = JdbcExecutions.during(
                () -> authorized[0] = payments.completion().completeOnEvent(reference, "AUTHORIZED"));
        CompletionResult[] captured = new CompletionResult[1];
        List<Execution> capturedEvent = JdbcExecutions.during(
                () -> captured[0] = payments.completion().completeOnEvent(reference, "CAPTURED"));

        assertThat(authorized[0].status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(shop.outcomes(order)).extracting(PaymentOutcome::kind).containsExactly(Kind.AUTHORIZED, Kind.PAID);
        assertThat(payments.queries().find(reference).orElseThrow().capturedMinor()).isEqualTo(12_500);
        assertThat(shop.orderReads(order) - orderReadsBefore).isEqualTo(1);
        assertThat(commits(authorizing)).isEqualTo(5);
        assertThat(paymentReads(authorizing)).isEqualTo(6);
        assertThat(published).filteredOn(change -> change.payment().reference().equals(reference))
                .extracting(PaymentChanged::told).containsExactly(Kind.AUTHORIZED, Kind.PAID);
        assertThat(published.get(published.size() - 1).payment())
                .isEqualTo(payments.queries().find(reference).orElseThrow());
        assertThat(captured[0].changed()).isFalse();
        assertThat(captured[0].status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(commits(capturedEvent)).isZero();
        assertThat(paymentReads(capturedEvent)).isEqualTo(1);
        // One read of the vendor to authorize, the order's link in the app, one capture, and nothing more for the
        // CAPTURED event.
        assertThat(Simulator.control().journal(reference)).extracting(e -> e.get("operation").asString())
                .filteredOn(operation -> !operation.equals("createPayment") && !operation.equals("forceApprove"))
                .containsExactly("getPayment", "put-category-v2", "capturePayment");
    }

    @Test
    void aReturnPageCompletionThatCapturesAlsoCommitsFive() {
        String order = shop.newOrder(4_000, false);
        String reference = payments.initiation().initiate(InitiationRequest.checkout(order, RETURN_URL)).reference();
        client.payments().forceApprove(reference, TEST_USER);

        CompletionResult[] result = new CompletionResult[1];
        List<Execution> completing = JdbcExecutions.during(
                () -> result[0] = payments.completion().complete(reference, Trigger.RETURN_PAGE));

        assertThat(result[0].status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(result[0].told()).isEqualTo(Kind.AUTHORIZED);
        assertThat(commits(completing)).isEqualTo(5);
        assertThat(paymentReads(completing)).isEqualTo(6);
    }

    private static long commits(List<Execution> executions) {
        return executions.stream().filter(Execution.COMMIT::equals).count();
    }

    private static long paymentReads(List<Execution> executions) {
        return executions.stream().filter(execution -> execution.startsWith("select")
                && execution.sql().contains(" from vipps_payment ")).count();
    }
}
