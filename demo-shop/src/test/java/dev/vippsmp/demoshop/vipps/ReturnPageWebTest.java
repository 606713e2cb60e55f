package dev.vippsmp.demoshop.vipps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vippsmp.demoshop.testing.ShopClient;
import dev.vippsmp.demoshop.testing.ShopClient.Response;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The return page's secret token: it cannot be guessed (a made-up or malformed one finds nothing), and it only
 * ever reaches its own order (showing it, and paying it again). A buyer who never comes back still gets a paid
 * order, by webhook, and by polling when the webhook is lost.
 */
class ReturnPageWebTest extends SandboxWebTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** An order placed at checkout with Vipps, its payment waiting in the app; the visitor is at the landing page. */
    private record Placed(ShopClient visitor, long orderId, String reference, String returnPath) {
    }

    private Placed placeWithVipps(String slug) {
        ShopClient visitor = newVisitor();
        visitor.addToCart(slug, 1);
        Map<String, String> form = visitor.validCheckoutForm();
        form.put("paymentMethod", "vipps");
        Response placed = visitor.post("/checkout", form);
        assertThat(placed.status()).isEqualTo(302);
        assertThat(placed.location()).contains("/simulator/landing");
        JsonNode payment = simulator().newestPayment();
        String reference = payment.get("reference").asString();
        String returnUrl = payment.get("returnUrl").asString();
        return new Placed(visitor, Long.parseLong(reference.split("-")[1]), reference,
                returnUrl.substring(returnUrl.indexOf("/vipps/return/")));
    }

    private static String madeUpToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String state(ShopClient visitor, String returnPath) {
        Response status = visitor.get(returnPath + "/status");
        assertThat(status.status()).isEqualTo(200);
        return status.body().replaceAll(".*\"state\":\"([A-Z]+)\".*", "$1");
    }

    @Test
    void aMadeUpOrMalformedTokenFindsNothingAndWritesNothing() {
        ShopClient visitor = newVisitor();
        var before = rowCounts();

        for (String path : new String[] {"/vipps/return/" + madeUpToken(), "/vipps/return/" + madeUpToken()
                + "/status", "/vipps/return/short", "/vipps/return/" + "A".repeat(42) + "*"}) {
            Response response = visitor.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
        }
        Response page = visitor.get("/vipps/return/" + madeUpToken());
        assertThat(page.text("#vipps-problem-message")).isEqualTo("This payment link is not valid. Check that you "
                + "have the whole link.");
        String csrf = visitor.csrfToken("/products/enamel-mug");
        assertThat(visitor.post("/vipps/return/" + madeUpToken() + "/retry", Map.of("_csrf", csrf)).status())
                .isEqualTo(404);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aTokenShowsAndPaysAgainOnlyItsOwnOrder() {
        Placed first = placeWithVipps("enamel-mug");
        Placed second = placeWithVipps("cheese-slicer");

        Response page = first.visitor().get(first.returnPath());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text(".vipps-summary h2")).isEqualTo("Order " + first.orderId());
        assertThat(page.text("#vipps-reference")).isEqualTo(first.reference());
        assertThat(page.body()).doesNotContain(second.reference());

        simulator().complete(first.reference(), "{\"action\":\"REJECT\"}");
        await().atMost(Duration.ofSeconds(15)).until(() -> state(first.visitor(), first.returnPath()), "REJECTED"::equals);
        // Without the page's CSRF token a retry is refused before anything happens.
        var before = rowCounts();
        assertThat(first.visitor().post(first.returnPath() + "/retry", Map.of()).status()).isEqualTo(403);
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(orderStatus(first.orderId())).isEqualTo("FAILED");

        Response retried = first.visitor().postFrom(first.returnPath(), first.returnPath() + "/retry", Map.of());

        assertThat(retried.status()).isEqualTo(302);
        assertThat(retried.location()).contains("/simulator/landing");
        assertThat(jdbc.queryForList("select reference from vipps_payment where order_id = ? order by attempt",
                String.class, String.valueOf(first.orderId())))
                .containsExactly(first.reference(), "fjellbu-" + first.orderId() + "-2");
        assertThat(jdbc.queryForList("select reference from vipps_payment where order_id = ?", String.class,
                String.valueOf(second.orderId()))).containsExactly(second.reference());
        assertThat(orderStatus(first.orderId())).isEqualTo("PENDING_PAYMENT");
        assertThat(orderStatus(second.orderId())).isEqualTo("PENDING_PAYMENT");
    }

    @Test
    void anExpressThatExpiresLeavesNoPaidOrderAndTheCartAsItWas() {
        ShopClient visitor = newVisitor();
        visitor.addToCart("wool-mittens", 2);
        Response started = visitor.postFrom("/cart", "/vipps/express/cart", Map.of());
        assertThat(started.status()).isEqualTo(302);
        JsonNode payment = simulator().newestPayment();
        String reference = payment.get("reference").asString();
        String returnUrl = payment.get("returnUrl").asString();
        long order = Long.parseLong(reference.split("-")[1]);

        simulator().expire(reference);

        String returnPath = returnUrl.substring(returnUrl.indexOf("/vipps/return/"));
        await().atMost(Duration.ofSeconds(15)).until(() -> state(visitor, returnPath), "EXPIRED"::equals);
        assertThat(visitor.get(returnPath).text("#vipps-title")).isEqualTo("The payment timed out");
        await().atMost(Duration.ofSeconds(10)).until(() -> orderStatus(order), "FAILED"::equals);
        assertThat(visitor.get("/cart").html().select(".cart-lines input[name=quantity]").attr("value"))
                .isEqualTo("2");
    }

    @Test
    void aBuyerWhoNeverComesBackGetsThePaidOrderByWebhook() {
        Placed placed = placeWithVipps("wool-mittens");

        simulator().complete(placed.reference(), "{}");

        await().atMost(Duration.ofSeconds(10)).until(() -> orderStatus(placed.orderId()), "PROCESSING"::equals);
        assertThat(jdbc.queryForList("select event_name from vipps_webhook_inbox where reference = ?",
                String.class, placed.reference())).contains("AUTHORIZED");
    }

    @Test
    void aBuyerWhoNeverComesBackGetsThePaidOrderByPollingWhenTheWebhookIsLost() {
        Placed placed = placeWithVipps("coffee-beans");
        simulator().webhookFault("{\"action\":\"DROP\",\"reference\":\"" + placed.reference()
                + "\",\"event\":\"epayments.payment.authorized.v1\"}");
        try {
            simulator().complete(placed.reference(), "{}");

            await().atMost(Duration.ofSeconds(20)).until(() -> orderStatus(placed.orderId()), "PROCESSING"::equals);
        } finally {
            simulator().clearWebhookFaults();
        }
        assertThat(simulator().outbound(placed.reference())).anySatisfy(sent -> {
            assertThat(sent.get("event").asString()).isEqualTo("epayments.payment.authorized.v1");
            assertThat(sent.get("outcome").asString()).isEqualTo("DROPPED");
        });
        assertThat(jdbc.queryForList("select event_name from vipps_webhook_inbox where reference = ?",
                String.class, placed.reference())).doesNotContain("AUTHORIZED");
    }
}
