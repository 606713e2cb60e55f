package dev.vippsmp.demoshop.vipps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.demoshop.testing.ShopClient;
import dev.vippsmp.recurring.SubscriptionStart;
import dev.vippsmp.recurring.SubscriptionStatus;
import dev.vippsmp.recurring.VippsSubscriptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The plugin's return endpoint in the shop ({@code /vipps/recurring/return?order=}): a missing or malformed order is
 * a 400, an order without a subscription a 404, and a known one is read again through the completion path and sent
 * on to "My subscriptions", so agreeing in the app is seen on return even without a webhook.
 */
class SubscriptionReturnWebTest extends SandboxWebTest {

    private static final String RETURN = "/vipps/recurring/return";

    @Autowired
    VippsSubscriptions subscriptions;

    @Value("${vipps.base-url}")
    String simulatorUrl;

    @Test
    void aMissingOrMalformedOrderIsABadRequest() {
        ShopClient visitor = newVisitor();
        assertThat(visitor.get(RETURN).status()).isEqualTo(400);
        assertThat(visitor.get(RETURN + "?order=").status()).isEqualTo(400);
        assertThat(visitor.get(RETURN + "?order=%3Cscript%3E").status()).isEqualTo(400);
        assertThat(visitor.get(RETURN + "?order=" + "1".repeat(65)).status()).isEqualTo(400);
    }

    @Test
    void anOrderWithoutASubscriptionIsNotFound() {
        assertThat(newVisitor().get(RETURN + "?order=987654321").status()).isEqualTo(404);
        assertThat(newVisitor().get(RETURN + "?order=no-such-order").status()).isEqualTo(404);
    }

    @Test
    void aKnownOrderIsReadAgainAndSentOnToMySubscriptions() throws Exception {
        long signUp = signUpToTheJournal();
        SubscriptionStart start = subscriptions.start(String.valueOf(signUp), URI.create(baseUrl()));

        ShopClient.Response pending = newVisitor().get(RETURN + "?order=" + signUp);
        assertThat(pending.status()).isEqualTo(302);
        assertThat(pending.location()).isEqualTo(baseUrl() + "/account/subscriptions");
        assertThat(subscriptions.find(start.agreementId()).orElseThrow().status())
                .isEqualTo(SubscriptionStatus.PENDING);

        accept(start.agreementId());
        ShopClient.Response agreed = newVisitor().get(RETURN + "?order=" + signUp);
        assertThat(agreed.status()).isEqualTo(302);
        assertThat(subscriptions.find(start.agreementId()).orElseThrow().status())
                .isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(jdbc.queryForObject("select status from shop_subscription where id = ?", String.class, signUp))
                .isEqualTo("ACTIVE");
    }

    /** What Accept on the app page does, through the simulator's control API. */
    private void accept(String agreementId) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        simulatorUrl + "/simulator/recurring/agreements/" + agreementId + "/accept"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    /** A customer and their sign-up to the journal, as the shop's sign-up makes them. */
    private long signUpToTheJournal() {
        String username = "customer-return-" + UUID.randomUUID();
        jdbc.update("insert into customer (username, name, created_at) values (?, 'Ola Nordmann', ?)", username,
                java.sql.Timestamp.from(Instant.now()));
        long customer = jdbc.queryForObject("select id from customer where username = ?", Long.class, username);
        jdbc.update("insert into shop_subscription (customer_id, plan_id, plan_name, ships, interval_unit, "
                + "interval_count, price_minor, currency, language, status, periods_charged, created_at, updated_at, "
                + "version) select ?, id, 'Fjellbu Journal', false, 'MONTH', 1, 4900, 'NOK', 'en', 'SIGNING_UP', 0, "
                + "?, ?, 0 from subscription_plan where slug = 'fjellbu-journal'", customer,
                java.sql.Timestamp.from(Instant.now()), java.sql.Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from shop_subscription where customer_id = ?", Long.class,
                customer);
    }
}
