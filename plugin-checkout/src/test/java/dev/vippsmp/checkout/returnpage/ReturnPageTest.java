package dev.vippsmp.checkout.returnpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.vippsmp.checkout.payment.CheckoutRequest;
import dev.vippsmp.checkout.payment.VippsCheckout;
import dev.vippsmp.checkout.support.CheckoutIntegrationTest;
import dev.vippsmp.checkout.support.Simulator;
import dev.vippsmp.checkout.support.WebClient;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentOperationException;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.payment.Trigger;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The return page, whatever the redirect says: waiting (with its script as a file, as a strict content security
 * policy wants) until the vendor has the payment final, then paid with the way to the order; a rejected payment is
 * paid again as the next attempt of the same order once the shop reopens it, and not when the shop has closed it;
 * a made-up token finds nothing.
 */
class ReturnPageTest extends CheckoutIntegrationTest {

    @Autowired
    private VippsCheckout checkout;

    /** Starts paying the order at checkout; returns the path of its return page. */
    private String startPaying(String order) {
        URI landing = checkout.start(new CheckoutRequest(order, URI.create(baseUrl()),
                URI.create(baseUrl() + "/orders/" + order), "+47 912 34 567"));
        assertThat(landing.toString()).startsWith(Simulator.baseUrl() + "/simulator/landing");
        String returnUrl = Simulator.control().payment("co-" + order + "-1").get("returnUrl").asString();
        assertThat(returnUrl).startsWith(baseUrl() + "/vipps/return/");
        return returnUrl.substring(baseUrl().length());
    }

    private static String stateOf(WebClient visitor, String returnPath) {
        return visitor.get(returnPath).html().selectFirst("[data-vipps-state]").attr("data-vipps-state");
    }

    @Test
    void thePageWaitsWithItsScriptAsAFileUntilTheAppApprovedThenShowsPaid() {
        String order = shop.newOrder(12_300, true);
        String returnPath = startPaying(order);
        WebClient visitor = visitor();

        WebClient.Response waiting = visitor.get(returnPath);
        assertThat(waiting.status()).isEqualTo(200);
        assertThat(stateOf(visitor, returnPath)).isEqualTo("WAITING");
        assertThat(waiting.text("#vipps-title")).isEqualTo("Waiting for your payment");
        assertThat(waiting.html().select("script[src*=/vipps/checkout/return]")).hasSize(1);
        assertThat(waiting.html().select("script:not([src])")).isEmpty();
        assertThat(waiting.contentSecurityPolicy()).isEqualTo("default-src 'self'");
        assertThat(waiting.html().selectFirst("#vipps-open-app").attr("href"))
                .startsWith(Simulator.baseUrl() + "/simulator/landing");
        assertThat(Simulator.control().payment("co-" + order + "-1").get("customerPhone").asString())
                .isEqualTo("4791234567");

        Simulator.control().complete("co-" + order + "-1", "{}");

        await().atMost(Duration.ofSeconds(10)).until(() -> stateOf(visitor, returnPath), "PAID"::equals);
        WebClient.Response paid = visitor.get(returnPath);
        assertThat(paid.text("#vipps-title")).isEqualTo("Thank you for your order!");
        assertThat(paid.text("#vipps-total")).isEqualTo("NOK 123.00");
        assertThat(paid.html().selectFirst("#vipps-order-page").attr("href")).isEqualTo(baseUrl() + "/orders/" + order);
        assertThat(paid.html().select("#vipps-open-app, #vipps-retry")).isEmpty();
        assertThat(visitor.get(returnPath + "/status").body()).contains("\"state\":\"PAID\"", "\"done\":true");
    }

    @Test
    void aRejectedPaymentIsPaidAgainAsTheNextAttemptOfTheSameOrder() {
        String order = shop.newOrder(5_000, false);
        String returnPath = startPaying(order);
        Simulator.control().complete("co-" + order + "-1", "{\"action\":\"REJECT\"}");
        WebClient visitor = visitor();
        await().atMost(Duration.ofSeconds(10)).until(() -> stateOf(visitor, returnPath), "REJECTED"::equals);

        WebClient.Response retried = visitor.submit(returnPath, "#vipps-retry");

        assertThat(retried.status()).isEqualTo(302);
        assertThat(retried.location()).startsWith(Simulator.baseUrl() + "/simulator/landing");
        assertThat(shop.reopenedOrders()).contains(order);
        assertThat(payments.queries().forOrder(order)).extracting(Payment::reference)
                .containsExactly("co-" + order + "-1", "co-" + order + "-2");
        JsonNode second = Simulator.control().payment("co-" + order + "-2");
        assertThat(second.get("returnUrl").asString()).doesNotEndWith(returnPath);
        // The first attempt's page follows the order: it now shows the new attempt waiting.
        WebClient.Response page = visitor.get(returnPath);
        assertThat(page.text("#vipps-reference")).isEqualTo("co-" + order + "-2");
        assertThat(stateOf(visitor, returnPath)).isEqualTo("WAITING");
    }

    @Test
    void anOrderTheShopClosedIsNotPaidAgain() {
        String order = shop.newOrder(5_000, false);
        String returnPath = startPaying(order);
        Simulator.control().complete("co-" + order + "-1", "{\"action\":\"REJECT\"}");
        WebClient visitor = visitor();
        await().atMost(Duration.ofSeconds(10)).until(() -> stateOf(visitor, returnPath), "REJECTED"::equals);
        shop.close(order);

        WebClient.Response refused = visitor.submit(returnPath, "#vipps-retry");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("#vipps-problem-message")).contains("can no longer be paid");
        assertThat(payments.queries().forOrder(order)).hasSize(1);
    }

    @Test
    void aMadeUpTokenFindsNothing() {
        WebClient visitor = visitor();

        assertThat(visitor.get("/vipps/return/" + "x".repeat(43)).status()).isEqualTo(404);
        assertThat(visitor.get("/vipps/return/" + "x".repeat(43) + "/status").status()).isEqualTo(404);
        assertThat(visitor.get("/vipps/return/not-a-token").status()).isEqualTo(404);
    }

    @Test
    void thePaymentMethodIsOfferedOnlyInTheMarketsCurrencyAndWithinTheVendorsLimits() {
        assertThat(checkout.offered("NOK", 100)).isTrue();
        assertThat(checkout.offered("NOK", 99)).isFalse();
        assertThat(checkout.offered("NOK", 65_000_001)).isFalse();
        assertThat(checkout.offered("DKK", 10_000)).isFalse();
        assertThat(checkout.label(java.util.Locale.ENGLISH)).isEqualTo("Vipps");
        assertThat(checkout.description(java.util.Locale.ENGLISH)).isEqualTo("You confirm the payment in the Vipps app.");
        assertThat(checkout.description(java.util.Locale.forLanguageTag("nb")))
                .isEqualTo("Du bekrefter betalingen i Vipps-appen.");
        assertThat(checkout.logoPath()).isEqualTo("/vipps/checkout/vipps.svg");
        assertThat(visitor().get(checkout.logoPath()).status()).isEqualTo(200);
    }

    @Test
    void anOrderPaidByAnEarlierAttemptShowsPaidNotTheLaterAttemptThePluginRefused() {
        String order = shop.newOrder(7_000, true);
        String returnPath = startPaying(order);
        Simulator.control().complete("co-" + order + "-1", "{}");
        payments.completion().complete("co-" + order + "-1", Trigger.WEBHOOK);

        // The shop's checkout sends the paid order again (a second tab, the back button): refused, stored as failed.
        assertThatThrownBy(() -> checkout.start(new CheckoutRequest(order, URI.create(baseUrl()), null, null)))
                .isInstanceOf(PaymentOperationException.class);
        assertThat(payments.queries().forOrder(order)).hasSize(2);

        WebClient visitor = visitor();
        WebClient.Response page = visitor.get(returnPath);
        assertThat(stateOf(visitor, returnPath)).isEqualTo("PAID");
        assertThat(page.text("#vipps-reference")).isEqualTo("co-" + order + "-1");
        assertThat(page.html().select("#vipps-retry")).isEmpty();
        assertThat(visitor.get(returnPath + "/status").body()).contains("\"state\":\"PAID\"");
    }

    @Test
    void tryAgainClickedTwiceAtOnceSendsTheBuyerOnBothTimesAndLeavesOnePaymentWaiting() {
        String order = shop.newOrder(5_000, false);
        String returnPath = startPaying(order);
        Simulator.control().complete("co-" + order + "-1", "{\"action\":\"REJECT\"}");
        WebClient visitor = visitor();
        await().atMost(Duration.ofSeconds(10)).until(() -> stateOf(visitor, returnPath), "REJECTED"::equals);
        String csrf = visitor.get(returnPath).html().selectFirst("#vipps-retry input[name=_csrf]").attr("value");

        List<CompletableFuture<WebClient.Response>> clicks = List.of(1, 2, 3).stream()
                .map(click -> CompletableFuture.supplyAsync(() -> visitor.post(returnPath + "/retry",
                        Map.of("_csrf", csrf))))
                .toList();

        assertThat(clicks).allSatisfy(click -> assertThat(click.join().status()).isEqualTo(302));
        assertThat(payments.queries().forOrder(order).stream().filter(p -> p.status() == PaymentStatus.CREATED)).hasSize(1);
    }
}
