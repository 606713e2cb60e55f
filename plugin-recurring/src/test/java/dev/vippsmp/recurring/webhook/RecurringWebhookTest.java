package dev.vippsmp.recurring.webhook;

import dev.vippsmp.recurring.SubscriptionEvent.Source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.vippsmp.core.webhook.WebhookDelivery;
import dev.vippsmp.core.webhook.WebhookInbox;
import dev.vippsmp.core.webhook.WebhookRegistrations;
import dev.vippsmp.core.webhook.WebhookVerifier;
import dev.vippsmp.recurring.ChargeState;
import dev.vippsmp.recurring.SubscriptionStatus;
import dev.vippsmp.recurring.spi.IntervalUnit;
import dev.vippsmp.recurring.spi.SubscriptionOutcome;
import dev.vippsmp.recurring.support.RecurringIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Recurring webhooks end to end: the simulator signs and sends them to a loopback receiver that does what the
 * checkout's webhook endpoint does (verify, store in the core's inbox), the inbox hands them to the recurring
 * handler, and the completion paths move the subscription, with no poll. A dropped webhook is caught by the poller.
 */
class RecurringWebhookTest extends RecurringIntegrationTest {

    private static final String PATH = "/vipps/webhooks";

    @Autowired
    WebhookRegistrations registrations;
    @Autowired
    WebhookVerifier verifier;
    @Autowired
    WebhookInbox inbox;

    private HttpServer receiver;

    @BeforeEach
    void receiveWebhooks() throws IOException {
        jdbc.update("delete from vipps_webhook_inbox");
        jdbc.update("delete from vipps_webhook_registration");
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext(PATH, exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
            int status;
            try {
                inbox.store(verifier.verify(new WebhookDelivery(exchange.getRequestHeaders().getFirst("Host"),
                        exchange.getRequestURI().toString(), headers, body)));
                status = 200;
            } catch (RuntimeException refused) {
                status = 400;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        registrations.register("http://127.0.0.1:" + receiver.getAddress().getPort() + PATH, null);
    }

    @AfterEach
    void stopReceiving() {
        receiver.stop(0);
    }

    @Test
    void theRecurringEventsAreRegisteredBesideThePaymentEvents() {
        assertThat(registrations.defaultEvents()).contains("epayments.payment.authorized.v1",
                "recurring.agreement-activated.v1", "recurring.charge-captured.v1", "recurring.charge-failed.v1",
                "recurring.charge-refunded.v1");
    }

    @Test
    void agreementAndChargeWebhooksCompleteTheSubscriptionWithoutAPoll() {
        String orderId = "sub-" + UUID.randomUUID().toString().substring(0, 8);
        shop.order(orderId, 10000, IntervalUnit.DAY);
        String agreementId = subscriptions.start(orderId, SHOP).agreementId();

        control("POST", "/simulator/recurring/agreements/" + agreementId + "/accept", null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                subscriptions.find(agreementId).orElseThrow().status()).isEqualTo(SubscriptionStatus.ACTIVE));
        // The initial charge's capture arrives as a webhook of its own and is period 0.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(shop.outcomes(agreementId, 0))
                .extracting(SubscriptionOutcome::kind).containsExactly(SubscriptionOutcome.Kind.PERIOD_CHARGED));

        jobs.chargeOnce();
        process(charge(agreementId, 1).chargeId());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(shop.outcomes(agreementId, 1))
                .extracting(SubscriptionOutcome::kind).containsExactly(SubscriptionOutcome.Kind.PERIOD_CHARGED));

        subscriptions.refund(agreementId, 1, 1000);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(inbox.recent(50))
                .anySatisfy(entry -> {
                    assertThat(entry.eventName()).isEqualTo("recurring.charge-refunded.v1");
                    assertThat(entry.outcome()).isEqualTo("PROCESSED");
                }));
        assertThat(shop.outcomes(agreementId, 1)).extracting(SubscriptionOutcome::kind).containsExactly(
                SubscriptionOutcome.Kind.PERIOD_CHARGED, SubscriptionOutcome.Kind.PERIOD_REFUNDED);
        assertThat(shop.outcomes(agreementId, -1)).extracting(SubscriptionOutcome::kind)
                .containsExactly(SubscriptionOutcome.Kind.AGREEMENT_ACTIVE);
        assertThat(subscriptions.events(agreementId)).filteredOn(event -> "WEBHOOK".equals(event.trigger()))
                .extracting(event -> event.event()).contains("AGREEMENT_ACTIVE", "CHARGE_CHARGED");
    }

    @Test
    void aFailedChargesWebhookTellsTheShopWhy() {
        String agreementId = activeSubscription(151, IntervalUnit.DAY);
        jobs.chargeOnce();

        process(charge(agreementId, 1).chargeId());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(shop.outcomes(agreementId, 1))
                .singleElement().satisfies(outcome -> assertThat(outcome.failureDescription())
                        .isEqualTo("Insufficient funds")));
        assertThat(charge(agreementId, 1).state()).isEqualTo(ChargeState.FAILED);
    }

    @Test
    void whenTheCapturesWebhookIsDroppedThePollerTellsTheShop() {
        String agreementId = activeSubscription(10000, IntervalUnit.DAY);
        jobs.chargeOnce();
        simulator().webhookFault("{\"action\":\"DROP\",\"event\":\"recurring.charge-captured.v1\",\"reference\":\""
                + agreementId + "\",\"times\":5}");

        process(charge(agreementId, 1).chargeId());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(simulator().outbound(agreementId))
                .anySatisfy(sent -> assertThat(sent.toString()).contains("DROPPED")
                        .contains("recurring.charge-captured.v1")));
        assertThat(shop.outcomes(agreementId, 1)).isEmpty();
        assertThat(charge(agreementId, 1).state()).isEqualTo(ChargeState.PENDING);

        pollWhenDue();

        assertThat(charge(agreementId, 1).state()).isEqualTo(ChargeState.CHARGED);
        assertThat(shop.outcomes(agreementId, 1)).extracting(SubscriptionOutcome::kind)
                .containsExactly(SubscriptionOutcome.Kind.PERIOD_CHARGED);
    }
}
