package dev.vippsmp.core.webhook;

import static dev.vippsmp.testsupport.SimulatorDefaults.TEST_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.vippsmp.core.client.errors.SignatureVerificationException;
import dev.vippsmp.core.payment.Initiation;
import dev.vippsmp.core.payment.InitiationRequest;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.core.support.PluginIntegrationTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Webhooks end to end: registered through the Webhooks API (the secret kept encrypted), delivered and signed by
 * the simulator to a real HTTP endpoint on this machine, verified and stored by the inbox, and processed into the
 * payment's completion.
 */
class WebhookDeliveryEndToEndTest extends PluginIntegrationTest {

    @Autowired
    private WebhookRegistrations registrations;
    @Autowired
    private WebhookVerifier verifier;
    @Autowired
    private WebhookInbox inbox;
    @Autowired
    private JdbcTemplate jdbc;

    private HttpServer receiver;
    private final List<Integer> answers = new CopyOnWriteArrayList<>();
    private WebhookRegistration registration;

    @BeforeEach
    void startReceiver() throws IOException {
        jdbc.update("delete from vipps_webhook_registration");
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/vipps/webhooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
            String pathAndQuery = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI()
                            .getRawQuery());
            int status;
            try {
                inbox.store(verifier.verify(new WebhookDelivery(headers.get("Host"), pathAndQuery, headers, body)));
                status = 200;
            } catch (SignatureVerificationException e) {
                status = 401;
            } catch (InvalidWebhookException e) {
                status = 400;
            }
            answers.add(status);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        if (registration != null) {
            registrations.delete(registration.id());
        }
        receiver.stop(0);
    }

    @Test
    void aRegisteredWebhookIsDeliveredVerifiedStoredAndCompletesThePayment() {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/vipps/webhooks";
        registration = registrations.register(url, null);
        assertThat(registrations.list()).anySatisfy(listed -> {
            assertThat(listed.id()).isEqualTo(registration.id());
            assertThat(listed.secretKnown()).isTrue();
            assertThat(listed.events()).contains("epayments.payment.authorized.v1");
        });
        assertThat(jdbc.queryForObject("select secret_enc from vipps_webhook_registration where id = ?",
                String.class, registration.id())).isNotBlank();

        String order = shop.newOrder(2_500, true);
        Initiation initiation = payments.initiation().initiate(InitiationRequest.checkout(order, "https://shop.example/r"));
        client.payments().forceApprove(initiation.reference(), TEST_USER);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                payments.queries().find(initiation.reference()).orElseThrow().status())
                .as("inbox: %s, answered: %s", inbox.recent(5), answers)
                .isEqualTo(PaymentStatus.AUTHORIZED));
        assertThat(answers).isNotEmpty().containsOnly(200);
        assertThat(shop.outcomes(order)).extracting(PaymentOutcome::kind)
                .containsExactly(PaymentOutcome.Kind.AUTHORIZED);
        assertThat(jdbc.queryForList("select event_name from vipps_webhook_inbox where reference = ?", String.class,
                initiation.reference())).contains("AUTHORIZED");
    }

    @Test
    void aDeletedRegistrationIsGoneAtTheVendorAndItsSecretForgotten() {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/vipps/webhooks";
        WebhookRegistration made = registrations.register(url, List.of("epayments.payment.captured.v1"));

        registrations.delete(made.id());

        assertThat(registrations.list()).noneMatch(listed -> listed.id().equals(made.id()));
        assertThat(jdbc.queryForObject("select count(*) from vipps_webhook_registration", Integer.class)).isZero();
    }

    @Test
    void secretsOfRegistrationsTheVendorNoLongerHasAreForgottenAndTheOthersKept() {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/vipps/webhooks";
        registration = registrations.register(url, null);
        // As left behind by a simulator that restarted, and by another sales unit that is none of this one's business.
        jdbc.update("insert into vipps_webhook_registration (id, url, events, secret_enc, msn, created_at) "
                + "values ('gone-at-vendor', ?, 'x', 'x', '123456', current_timestamp)", url);
        jdbc.update("insert into vipps_webhook_registration (id, url, events, secret_enc, msn, created_at) "
                + "values ('other-unit', ?, 'x', 'x', '654321', current_timestamp)", url);

        assertThat(registrations.forgetStale()).isEqualTo(1);

        assertThat(jdbc.queryForList("select id from vipps_webhook_registration", String.class))
                .containsExactlyInAnyOrder(registration.id(), "other-unit");
        assertThat(registrations.list()).anySatisfy(listed -> assertThat(listed.secretKnown()).isTrue());
        assertThat(registrations.forgetStale()).isZero();
    }
}
