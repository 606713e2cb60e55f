package dev.vippsmp.core.payment;

import static dev.vippsmp.testsupport.JournalEntries.header;
import static dev.vippsmp.testsupport.SimulatorDefaults.TEST_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.core.client.epayment.PaymentState;
import dev.vippsmp.core.client.errors.InvalidRequestException;
import dev.vippsmp.core.settings.CapturePolicy;
import dev.vippsmp.core.settings.SettingsChange;
import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.core.spi.PaymentOutcome.Kind;
import dev.vippsmp.core.support.PluginIntegrationTest;
import dev.vippsmp.core.support.Simulator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payment lifecycle in a Spring Boot host on H2 against the simulator: start, complete, capture, refund,
 * cancel, with what the shop is told at each step, and the money rules (never more than reserved or captured, the
 * amount must match the order).
 */
class PaymentLifecycleTest extends PluginIntegrationTest {

    private static final String RETURN_URL = "https://shop.example/vipps/return";

    @AfterEach
    void manualCapture() {
        settings.update(withCapturePolicy(CapturePolicy.MANUAL), "test");
    }

    private static SettingsChange withCapturePolicy(CapturePolicy policy) {
        return SettingsChange.none().withCapture(SettingsChange.Capture.policy(policy));
    }

    private Initiation startAndApprove(String orderId) {
        Initiation initiation = payments.initiation().initiate(InitiationRequest.checkout(orderId, RETURN_URL));
        client.payments().forceApprove(initiation.reference(), TEST_USER);
        return initiation;
    }

    private List<Kind> told(String orderId) {
        return shop.outcomes(orderId).stream().map(PaymentOutcome::kind).toList();
    }

    @Test
    void paymentsAreFoundByTheStartOfTheirReferenceOrOrderInAnyCaseWithWildcardsTakenLiterally() {
        String order = shop.newOrder(10_000, false);
        String reference = payments.initiation().initiate(InitiationRequest.checkout(order, RETURN_URL)).reference();
        List<PaymentStatus> all = List.of();

        assertThat(payments.queries().page(reference.toUpperCase(), all, null, 0, 10)).extracting(Payment::reference)
                .containsExactly(reference);
        assertThat(payments.queries().page("it-" + order + "-", all, null, 0, 10)).extracting(Payment::reference)
                .containsExactly(reference);
        assertThat(payments.queries().count(" " + order + " ", all, null)).isEqualTo(1);
        assertThat(payments.queries().countUpTo(order.toUpperCase(), all, null, 10)).isEqualTo(1);
        // A prefix search, which an index answers at any number of payments: a piece from the middle finds nothing.
        assertThat(payments.queries().count("-" + order + "-", all, null)).isZero();
        assertThat(payments.queries().count(order, List.of(PaymentStatus.AUTHORIZED), null)).isZero();
        assertThat(payments.queries().count("%", all, null)).isZero();
        assertThat(payments.queries().count("_", all, null)).isZero();
        assertThat(payments.queries().count("  ", all, null)).isEqualTo(payments.queries().count(all, null));
    }

    @Test
    void aPaymentIsCreatedForTheOrderTotalWithItsLinesAndReturnUrl() {
        String order = shop.newOrder(24_900, true);

        Initiation initiation = payments.initiation().initiate(InitiationRequest.checkout(order, RETURN_URL));

        assertThat(initiation.reference()).isEqualTo("it-" + order + "-1");
        assertThat(initiation.redirectUrl()).isNotBlank();
        assertThat(initiation.payment().status()).isEqualTo(PaymentStatus.CREATED);
        JsonNode create = Simulator.control().journal(initiation.reference()).stream()
                .filter(e -> "createPayment".equals(e.get("operation").asString())).findFirst().orElseThrow();
        JsonNode body = JsonMapper.builder().build().readTree(create.get("body").asString());
        assertThat(body.at("/amount/value").asLong()).isEqualTo(24_900);
        assertThat(body.at("/amount/currency").asString()).isEqualTo("NOK");
        assertThat(body.at("/userFlow").asString()).isEqualTo("WEB_REDIRECT");
        assertThat(body.at("/returnUrl").asString()).isEqualTo(RETURN_URL);
        assertThat(body.at("/receipt/orderLines/0/totalAmount").asLong()).isEqualTo(24_900);
        assertThat(body.at("/receipt/orderLines/0/taxPercentage").asInt()).isEqualTo(25);
        assertThat(header(create, "Idempotency-Key")).isEqualTo(initiation.reference() + "-create");
        assertThat(header(create, "Vipps-System-Name")).isEqualTo("integration-shop");
        assertThat(told(order)).isEmpty();
    }

    @Test
    void authorizationIsToldOnceHoweverOftenTheReturnPageIsLoaded() {
        String order = shop.newOrder(10_000, true);
        Initiation initiation = startAndApprove(order);

        CompletionResult first = payments.completion().complete(initiation.reference(), Trigger.RETURN_PAGE);
        CompletionResult second = payments.completion().complete(initiation.reference(), Trigger.RETURN_PAGE);

        assertThat(first.changed()).isTrue();
        assertThat(first.told()).isEqualTo(Kind.AUTHORIZED);
        assertThat(second.changed()).isFalse();
        assertThat(told(order)).containsExactly(Kind.AUTHORIZED);
        assertThat(shop.outcomes(order).get(0).authorizedMinor()).isEqualTo(10_000);
    }

    @Test
    void partialCapturesThenRefundsMoveTheTotalsAndTellThePaymentAndEachRefund() {
        String order = shop.newOrder(10_000, true);
        String reference = startAndApprove(order).reference();
        payments.completion().complete(reference, Trigger.RETURN_PAGE);

        Payment partly = payments.money().capture(reference, 4_000);
        assertThat(partly.status()).isEqualTo(PaymentStatus.PARTIALLY_CAPTURED);
        assertThat(partly.capturableMinor()).isEqualTo(6_000);
        Payment captured = payments.money().capture(reference, 6_000);
        assertThat(captured.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThatThrownBy(() -> payments.money().capture(reference, 1)).isInstanceOfSatisfying(
                PaymentOperationException.class,
                e -> assertThat(e.reason()).isEqualTo(PaymentOperationException.Reason.INVALID_AMOUNT));

        assertThat(payments.money().refund(reference, 2_500).status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThatThrownBy(() -> payments.money().refund(reference, 7_501)).isInstanceOf(PaymentOperationException.class);
        assertThat(payments.money().refund(reference, 7_500).status()).isEqualTo(PaymentStatus.REFUNDED);

        assertThat(told(order)).containsExactly(Kind.AUTHORIZED, Kind.PAID, Kind.REFUNDED, Kind.REFUNDED);
        assertThat(shop.outcomes(order).get(3).fullyRefunded()).isTrue();
        assertThat(Simulator.control().journal(reference)).filteredOn(e -> "capturePayment".equals(e.get("operation")
                .asString())).extracting(e -> header(e, "Idempotency-Key"))
                .containsExactly(reference + "-capture-1", reference + "-capture-2");
    }

    @Test
    void cancellingAnAuthorizedPaymentReleasesItAndTellsTheShop() {
        String order = shop.newOrder(5_000, true);
        String reference = startAndApprove(order).reference();
        payments.completion().complete(reference, Trigger.WEBHOOK);

        Payment cancelled = payments.money().cancel(reference);

        assertThat(cancelled.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(cancelled.cancelledMinor()).isEqualTo(5_000);
        assertThat(told(order)).containsExactly(Kind.AUTHORIZED, Kind.CANCELLED);
        assertThatThrownBy(() -> payments.money().cancel(reference)).isInstanceOf(PaymentOperationException.class);
    }

    @Test
    void captureAtAuthorizationCapturesOnceAndTellsPaid() {
        settings.update(withCapturePolicy(CapturePolicy.ON_AUTHORIZATION), "test");
        String order = shop.newOrder(7_000, false);
        String reference = startAndApprove(order).reference();

        CompletionResult result = payments.completion().complete(reference, Trigger.RETURN_PAGE);
        payments.completion().complete(reference, Trigger.WEBHOOK);

        assertThat(result.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(told(order)).containsExactly(Kind.AUTHORIZED, Kind.PAID);
        assertThat(Simulator.control().journal(reference)).filteredOn(e -> "capturePayment".equals(e.get("operation")
                .asString())).hasSize(1);
    }

    @Test
    void anAuthorizedAmountThatNoLongerMatchesTheOrderIsFlaggedNotPaid() {
        settings.update(withCapturePolicy(CapturePolicy.ON_AUTHORIZATION), "test");
        String order = shop.newOrder(8_000, true);
        String reference = startAndApprove(order).reference();
        shop.putOrder(order, 9_000, true);

        payments.completion().complete(reference, Trigger.RETURN_PAGE);

        Payment payment = payments.queries().find(reference).orElseThrow();
        assertThat(payment.flagged()).isTrue();
        assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(payment.capturedMinor()).isZero();
        assertThat(told(order)).containsExactly(Kind.FLAGGED);
    }

    @Test
    void aNewAttemptCancelsThePendingOneAndAPaidOrderIsRefused() {
        String order = shop.newOrder(3_000, true);
        Initiation first = payments.initiation().initiate(InitiationRequest.checkout(order, RETURN_URL));

        Initiation second = payments.initiation().initiate(InitiationRequest.checkout(order, RETURN_URL));

        assertThat(second.reference()).isEqualTo("it-" + order + "-2");
        assertThat(client.payments().get(first.reference()).state()).isEqualTo(PaymentState.TERMINATED);
        assertThat(payments.queries().find(first.reference()).orElseThrow().status()).isEqualTo(PaymentStatus.TERMINATED);
        assertThat(told(order)).isEmpty();

        client.payments().forceApprove(second.reference(), TEST_USER);
        payments.completion().complete(second.reference(), Trigger.RETURN_PAGE);
        assertThatThrownBy(() -> payments.initiation().initiate(InitiationRequest.checkout(order, RETURN_URL)))
                .isInstanceOfSatisfying(PaymentOperationException.class,
                        e -> assertThat(e.reason()).isEqualTo(PaymentOperationException.Reason.ALREADY_PAID));
    }

    @Test
    void ordersThePluginCannotPayAreRefusedBeforeCallingTheVendor() {
        assertThatThrownBy(() -> payments.initiation().initiate(InitiationRequest.checkout("no-such-order", RETURN_URL)))
                .isInstanceOfSatisfying(PaymentOperationException.class,
                        e -> assertThat(e.reason()).isEqualTo(PaymentOperationException.Reason.ORDER_NOT_FOUND));
        String tooSmall = shop.newOrder(99, false);
        assertThatThrownBy(() -> payments.initiation().initiate(InitiationRequest.checkout(tooSmall, RETURN_URL)))
                .isInstanceOfSatisfying(PaymentOperationException.class, e -> assertThat(e.reason())
                        .isEqualTo(PaymentOperationException.Reason.AMOUNT_OUT_OF_RANGE));
        assertThat(payments.queries().forOrder(tooSmall)).isEmpty();
    }

    @Test
    void aPaymentTheVendorRefusesToCreateIsStoredAsFailed() {
        String order = shop.newOrder(2_000, true);

        assertThatThrownBy(() -> payments.initiation().initiate(InitiationRequest.checkout(order, "not a url")))
                .isInstanceOf(InvalidRequestException.class);

        assertThat(payments.queries().forOrder(order)).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(PaymentStatus.FAILED));
        assertThat(told(order)).isEmpty();
    }
}
