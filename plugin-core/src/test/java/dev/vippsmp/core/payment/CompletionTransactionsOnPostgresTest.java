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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/**
 * What the busiest completion costs the database on real PostgreSQL, in transactions: a webhook's AUTHORIZED event
 * for a shop that captures at authorization reads the stored payment once, authorizes it, and captures inside the
 * payment's money claim with the claim taken and given back, the stored remainder read once, the capture's key used
 * up and the capture's answer applied: seven commits. The payment is not read again between these steps, and not
 * at all after them. A change that adds a transaction to the path fails here; the outcome is checked alongside, so
 * a path that saves a transaction by skipping a step fails too.
 */
@Import(JdbcExecutions.class)
class CompletionTransactionsOnPostgresTest extends PostgresIntegrationTest {

    private static final String RETURN_URL = "https://shop.example/vipps/return";

    @BeforeEach
    void captureAtAuthorization() {
        settings.update(capturePolicy(CapturePolicy.ON_AUTHORIZATION), "test");
    }

    @AfterEach
    void manualCapture() {
        settings.update(capturePolicy(CapturePolicy.MANUAL), "test");
    }

    private static SettingsChange capturePolicy(CapturePolicy policy) {
        return SettingsChange.none().withCapture(SettingsChange.Capture.policy(policy));
    }

    @Test
    void anAuthorizedEventThatCapturesCommitsSevenTransactionsAndTheCapturedEventAfterItOne() {
        String order = shop.newOrder(12_500, true);
        String reference = payments.initiation().initiate(InitiationRequest.checkout(order, RETURN_URL)).reference();
        client.payments().forceApprove(reference, TEST_USER);

        CompletionResult[] authorized = new CompletionResult[1];
        List<Execution> authorizing = JdbcExecutions.during(
                () -> authorized[0] = payments.completion().completeOnEvent(reference, "AUTHORIZED"));
        CompletionResult[] captured = new CompletionResult[1];
        List<Execution> capturedEvent = JdbcExecutions.during(
                () -> captured[0] = payments.completion().completeOnEvent(reference, "CAPTURED"));

        assertThat(authorized[0].status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(shop.outcomes(order)).extracting(PaymentOutcome::kind).containsExactly(Kind.AUTHORIZED, Kind.PAID);
        assertThat(payments.queries().find(reference).orElseThrow().capturedMinor()).isEqualTo(12_500);
        assertThat(commits(authorizing)).isEqualTo(7);
        assertThat(captured[0].changed()).isFalse();
        assertThat(captured[0].status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(commits(capturedEvent)).isEqualTo(1);
        // One read of the vendor to authorize, one capture, and nothing more for the CAPTURED event.
        assertThat(Simulator.control().journal(reference)).extracting(e -> e.get("operation").asString())
                .containsSubsequence("getPayment", "capturePayment")
                .filteredOn(operation -> operation.equals("getPayment") || operation.equals("capturePayment"))
                .containsExactly("getPayment", "capturePayment");
    }

    @Test
    void aReturnPageCompletionThatCapturesAlsoCommitsSeven() {
        String order = shop.newOrder(4_000, false);
        String reference = payments.initiation().initiate(InitiationRequest.checkout(order, RETURN_URL)).reference();
        client.payments().forceApprove(reference, TEST_USER);

        CompletionResult[] result = new CompletionResult[1];
        List<Execution> completing = JdbcExecutions.during(
                () -> result[0] = payments.completion().complete(reference, Trigger.RETURN_PAGE));

        assertThat(result[0].status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(result[0].told()).isEqualTo(Kind.AUTHORIZED);
        assertThat(commits(completing)).isEqualTo(7);
    }

    private static long commits(List<Execution> executions) {
        return executions.stream().filter(Execution.COMMIT::equals).count();
    }
}
