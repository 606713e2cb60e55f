package dev.vippsmp.checkout.returnpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vippsmp.checkout.payment.CheckoutRequest;
import dev.vippsmp.checkout.payment.VippsCheckout;
import dev.vippsmp.checkout.support.CheckoutIntegrationTest;
import dev.vippsmp.checkout.support.Simulator;
import dev.vippsmp.checkout.support.WebClient;
import dev.vippsmp.checkout.webhook.WebhookEndpoint;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.settings.CapturePolicy;
import dev.vippsmp.core.settings.SettingsChange;
import dev.vippsmp.core.webhook.WebhookRegistrations;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What an order costs at the vendor, counted in the simulator's journal: a digital order captured at authorization,
 * followed on its return page as the page's script does (each status request waiting for the change), is one
 * create, one read and one capture, whether the webhooks arrive (the AUTHORIZED event's read; its CREATED and
 * CAPTURED events bring nothing new) or are lost (the return page's read, once its wait for them is over).
 */
@TestPropertySource(properties = "vipps.checkout.status-wait=1s")
class CallsPerOrderTest extends CheckoutIntegrationTest {

    private static final Map<String, Integer> ONE_CREATE_ONE_READ_ONE_CAPTURE = Map.of("capturePayment", 1,
            "createPayment", 1, "getPayment", 1);

    @Autowired
    private VippsCheckout checkout;
    @Autowired
    private WebhookEndpoint endpoint;
    @Autowired
    private WebhookRegistrations registrations;

    @BeforeEach
    void webhooksRegisteredAndDigitalOrdersCapturedAtAuthorization() {
        jdbc.update("delete from vipps_webhook_registration");
        endpoint.ensureRegistered(URI.create(baseUrl()));
        settings.update(SettingsChange.none().withCapture(
                SettingsChange.Capture.policy(CapturePolicy.WHEN_NOTHING_SHIPS)), "calls-per-order");
    }

    @AfterEach
    void noRegistrationsAndNoFaults() {
        registrations.list().forEach(registration -> registrations.delete(registration.id()));
        Simulator.control().clearWebhookFaults();
        settings.update(SettingsChange.none().withCapture(SettingsChange.Capture.policy(CapturePolicy.MANUAL)),
                "calls-per-order");
    }

    @Test
    void withTheWebhooksAnOrderIsOneCreateOneReadAndOneCapture() {
        String order = shop.newOrder(9_900, false);
        String returnPath = startPaying(order);
        String reference = "co-" + order + "-1";

        Simulator.control().complete(reference, "{}");
        assertThat(followedUntilFinal(returnPath)).isEqualTo("PAID");

        // The CAPTURED event of the capture at authorization comes last; count once it is processed too.
        await().atMost(Duration.ofSeconds(10)).until(() -> processedEvents(reference),
                events -> events.containsAll(List.of("CREATED", "AUTHORIZED", "CAPTURED")));
        Payment paid = payments.queries().find(reference).orElseThrow();
        assertThat(paid.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(paid.capturedMinor()).isEqualTo(9_900);
        assertThat(callsFor(reference)).isEqualTo(ONE_CREATE_ONE_READ_ONE_CAPTURE);
    }

    @Test
    void withTheWebhooksLostTheReturnPageReadsThePaymentOnceItsWaitIsOver() {
        String order = shop.newOrder(4_200, false);
        String reference = "co-" + order + "-1";
        Simulator.control().webhookFault("{\"action\":\"DROP\",\"reference\":\"" + reference + "\",\"times\":-1}");
        String returnPath = startPaying(order);

        Simulator.control().complete(reference, "{}");
        long started = System.nanoTime();
        assertThat(followedUntilFinal(returnPath)).isEqualTo("PAID");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(processedEvents(reference)).isEmpty();
        assertThat(payments.queries().find(reference).orElseThrow().status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(callsFor(reference)).isEqualTo(ONE_CREATE_ONE_READ_ONE_CAPTURE);
    }

    /** Starts paying the order at checkout; returns the path of its return page. */
    private String startPaying(String order) {
        checkout.start(new CheckoutRequest(order, URI.create(baseUrl()), URI.create(baseUrl() + "/orders/" + order),
                "+47 912 34 567"));
        String returnUrl = Simulator.control().payment("co-" + order + "-1").get("returnUrl").asString();
        return returnUrl.substring(baseUrl().length());
    }

    /** The return page, then its status until it is no longer waiting (as return.js asks), then the page again. */
    private String followedUntilFinal(String returnPath) {
        WebClient browser = visitor();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String state = stateOf(browser.get(returnPath));
        while (state.equals("WAITING") && System.nanoTime() < deadline) {
            if (!browser.get(returnPath + "/status?wait=true").body().contains("\"WAITING\"")) {
                state = stateOf(browser.get(returnPath));
            }
        }
        return state;
    }

    private static String stateOf(WebClient.Response page) {
        return page.html().selectFirst("[data-vipps-state]").attr("data-vipps-state");
    }

    private List<String> processedEvents(String reference) {
        return jdbc.queryForList("select event_name from vipps_webhook_inbox where reference = ? and processed_at "
                + "is not null", String.class, reference);
    }

    /** The plugin's calls for the payment by operation, as the simulator's journal has them. */
    private static Map<String, Integer> callsFor(String reference) {
        Map<String, Integer> calls = new TreeMap<>();
        for (JsonNode entry : Simulator.control().journal(reference)) {
            calls.merge(entry.get("operation").asString(), 1, Integer::sum);
        }
        return calls;
    }
}
