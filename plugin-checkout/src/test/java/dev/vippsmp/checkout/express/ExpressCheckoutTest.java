package dev.vippsmp.checkout.express;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.checkout.support.CheckoutIntegrationTest;
import dev.vippsmp.checkout.support.Simulator;
import dev.vippsmp.checkout.support.TestShop;
import dev.vippsmp.checkout.support.WebClient;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentFlow;
import dev.vippsmp.core.payment.Trigger;
import dev.vippsmp.core.settings.ProductPageButtons;
import dev.vippsmp.core.settings.SettingsChange;
import dev.vippsmp.core.spi.BuyerDetails;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Express checkout from a host's own page: the buttons follow the admin's settings; the cart's order is made
 * without touching the cart, which is emptied only once the order is paid and survives a rejection; a product's
 * order comes from a cart of its own; what is not offered, malformed or unauthenticated by CSRF is refused; and a
 * payment the vendor refuses to create lands on its return page with a way to try again.
 */
class ExpressCheckoutTest extends CheckoutIntegrationTest {

    private void express(Boolean cart, ProductPageButtons productPages) {
        express(cart, productPages, false);
    }

    private void express(Boolean cart, ProductPageButtons productPages, boolean alwaysAskForAddress) {
        settings.update(SettingsChange.none().withExpress(new SettingsChange.Express(cart, productPages,
                alwaysAskForAddress, null)), "test");
    }

    @AfterEach
    void noExpress() {
        express(false, ProductPageButtons.NONE);
        shop.delivers(true);
    }

    private Payment latestPayment() {
        String reference = jdbc.queryForObject("select reference from vipps_payment order by id desc limit 1",
                String.class);
        return payments.queries().find(reference).orElseThrow();
    }

    @Test
    void theButtonsShowWhereTheSettingsSay() {
        express(true, ProductPageButtons.SOME);
        WebClient.Response some = visitor().get("/test/shop");
        assertThat(some.text("#listed button")).isEqualTo("Buy now with Vipps");
        assertThat(some.html().select("#marked button")).hasSize(1);
        assertThat(some.html().select("#other button, #download button")).isEmpty();
        assertThat(some.html().select("#cart form[action=/vipps/express/cart] input[name=_csrf]")).hasSize(1);
        assertThat(some.html().select("link[href*=/vipps/checkout/checkout]")).hasSize(1);

        express(false, ProductPageButtons.ALL);
        WebClient.Response all = visitor().get("/test/shop");
        assertThat(all.html().select("#other button, #download button")).hasSize(2);
        assertThat(all.html().select("#cart button")).isEmpty();

        express(false, ProductPageButtons.NONE);
        assertThat(visitor().get("/test/shop").html().select(".vipps-express")).isEmpty();
    }

    @Test
    void theCartsOrderIsPaidInTheAppAndOnlyThenIsTheCartEmptied() {
        express(true, ProductPageButtons.NONE);
        String cart = shop.newCart(30_000, true);
        WebClient visitor = visitor().with(TestShop.CART_HEADER, cart);

        WebClient.Response started = visitor.submit("/test/shop", "#cart form");

        assertThat(started.status()).isEqualTo(302);
        assertThat(started.location()).startsWith(Simulator.baseUrl() + "/simulator/landing");
        Payment payment = latestPayment();
        assertThat(payment.flow()).isEqualTo(PaymentFlow.EXPRESS);
        assertThat(shop.hasCart(cart)).isTrue();

        Simulator.control().complete(payment.reference(), "{\"shippingOptionId\":\"home\"}");
        payments.completion().complete(payment.reference(), Trigger.WEBHOOK);

        assertThat(shop.clearedCarts()).contains(cart);
        assertThat(shop.hasCart(cart)).isFalse();
        assertThat(shop.buyer(payment.orderId()).orElseThrow().shipping().optionId()).isEqualTo("home");
    }

    @Test
    void aRejectedExpressLeavesTheCartAsItWas() {
        express(true, ProductPageButtons.NONE);
        String cart = shop.newCart(30_000, false);
        visitor().with(TestShop.CART_HEADER, cart).submit("/test/shop", "#cart form");
        Payment payment = latestPayment();
        assertThat(payment.flow()).isEqualTo(PaymentFlow.PROFILE_SHARING);

        Simulator.control().complete(payment.reference(), "{\"action\":\"REJECT\"}");
        payments.completion().complete(payment.reference(), Trigger.WEBHOOK);

        assertThat(shop.hasCart(cart)).isTrue();
        assertThat(shop.clearedCarts()).doesNotContain(cart);
    }

    @Test
    void aCartWithNothingToShipAsksForAnAddressOnlyWhenTheSettingSaysSo() {
        express(true, ProductPageButtons.NONE, true);
        visitor().with(TestShop.CART_HEADER, shop.newCart(9_000, false)).submit("/test/shop", "#cart form");
        Payment asked = latestPayment();
        assertThat(asked.flow()).isEqualTo(PaymentFlow.PROFILE_WITH_ADDRESS);
        JsonNode atVendor = Simulator.control().payment(asked.reference());
        assertThat(atVendor.get("scopes").toString()).isEqualTo("[\"name\",\"address\",\"email\",\"phoneNumber\"]");
        // Not Express: no shipping was sent, so the app offers no delivery to pay for.
        assertThat(atVendor.get("express").asBoolean()).isFalse();
        assertThat(atVendor.has("shipping")).isFalse();

        Simulator.control().complete(asked.reference(), "{}");
        payments.completion().complete(asked.reference(), Trigger.WEBHOOK);

        assertThat(payments.queries().find(asked.reference()).orElseThrow().authorizedMinor()).isEqualTo(9_000);
        BuyerDetails buyer = shop.buyer(asked.orderId()).orElseThrow();
        assertThat(buyer.address().addressLine1()).isEqualTo("Robert Levins gate 5");
        assertThat(buyer.shipping()).isNull();

        express(true, ProductPageButtons.NONE, false);
        visitor().with(TestShop.CART_HEADER, shop.newCart(9_000, false)).submit("/test/shop", "#cart form");
        assertThat(latestPayment().flow()).isEqualTo(PaymentFlow.PROFILE_SHARING);
        assertThat(Simulator.control().payment(latestPayment().reference()).get("scopes").toString())
                .isEqualTo("[\"name\",\"email\",\"phoneNumber\"]");
    }

    @Test
    void aProductsOrderComesFromACartOfItsOwnAndTheShoppersCartIsLeftAlone() {
        express(true, ProductPageButtons.SOME);
        String shoppersCart = shop.newCart(1_000, true);
        WebClient visitor = visitor().with(TestShop.CART_HEADER, shoppersCart);

        WebClient.Response started = visitor.submit("/test/shop", "#listed form");

        assertThat(started.status()).isEqualTo(302);
        assertThat(started.location()).startsWith(Simulator.baseUrl() + "/simulator/landing");
        Payment payment = latestPayment();
        assertThat(payment.amountMinor()).isEqualTo(25_000);
        assertThat(shop.hasCart(shoppersCart)).isTrue();
        assertThat(shop.clearedCarts()).isNotEmpty().doesNotContain(shoppersCart);
    }

    @Test
    void whatIsNotOfferedMalformedOrWithoutTheCsrfTokenIsRefused() {
        express(true, ProductPageButtons.SOME);
        WebClient visitor = visitor();
        String csrf = visitor.get("/test/shop").html().selectFirst("#listed input[name=_csrf]").attr("value");
        long paymentsBefore = jdbc.queryForObject("select count(*) from vipps_payment", Long.class);

        assertThat(visitor.post("/vipps/express/product", Map.of("_csrf", csrf, "productId", "other-product"))
                .status()).isEqualTo(404);
        assertThat(visitor.post("/vipps/express/product", Map.of("_csrf", csrf, "productId", "../../etc")).status())
                .isEqualTo(400);
        assertThat(visitor.post("/vipps/express/product", Map.of("_csrf", csrf)).status()).isEqualTo(400);
        WebClient.Response empty = visitor.post("/vipps/express/cart", Map.of("_csrf", csrf));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text("#vipps-problem-message")).isEqualTo("Your cart is empty.");
        assertThat(visitor.post("/vipps/express/product", Map.of("productId", "listed-product")).status())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from vipps_payment", Long.class)).isEqualTo(paymentsBefore);
    }

    @Test
    void aPaymentTheVendorRefusesToCreateLandsOnItsReturnPageWithAWayToTryAgain() {
        express(true, ProductPageButtons.SOME);
        Simulator.control().fault(
                "{\"operation\":\"createPayment\",\"action\":\"ERROR\",\"status\":400,\"errorCode\":\"4040\"}");
        WebClient visitor = visitor();

        WebClient.Response started = visitor.submit("/test/shop", "#marked form");

        assertThat(started.status()).isEqualTo(302);
        assertThat(started.location()).startsWith(baseUrl() + "/vipps/return/");
        WebClient.Response page = visitor.get(started.location());
        assertThat(page.html().selectFirst("[data-vipps-state]").attr("data-vipps-state")).isEqualTo("FAILED");
        assertThat(page.html().select("#vipps-retry button")).hasSize(1);

        Simulator.control().clearFaults();
        WebClient.Response retried = visitor.submit(started.location(), "#vipps-retry");
        assertThat(retried.location()).startsWith(Simulator.baseUrl() + "/simulator/landing");
        assertThat(latestPayment().attempt()).isEqualTo(2);
    }

    @Test
    void aProductsExpressThatCouldNotStartIsPaidAgainAsExpressNeverAsAPlainCheckoutWithoutDelivery() {
        express(true, ProductPageButtons.SOME);
        shop.delivers(false);
        long paymentsBefore = jdbc.queryForObject("select count(*) from vipps_payment", Long.class);
        WebClient visitor = visitor();

        // No delivery to offer: the plugin refuses before anything is stored, and the buyer lands on the page.
        WebClient.Response started = visitor.submit("/test/shop", "#marked form");
        assertThat(started.location()).startsWith(baseUrl() + "/vipps/return/");
        assertThat(jdbc.queryForObject("select count(*) from vipps_payment", Long.class)).isEqualTo(paymentsBefore);
        assertThat(visitor.get(started.location()).html().selectFirst("[data-vipps-state]")
                .attr("data-vipps-state")).isEqualTo("FAILED");

        shop.delivers(true);
        WebClient.Response retried = visitor.submit(started.location(), "#vipps-retry");

        assertThat(retried.location()).startsWith(Simulator.baseUrl() + "/simulator/landing");
        Payment payment = latestPayment();
        assertThat(payment.flow()).isEqualTo(PaymentFlow.EXPRESS);
        assertThat(Simulator.control().payment(payment.reference()).get("scopes").toString())
                .contains("address");
    }
}
