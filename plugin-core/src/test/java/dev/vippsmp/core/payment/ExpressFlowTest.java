package dev.vippsmp.core.payment;

import static dev.vippsmp.testsupport.SimulatorDefaults.TEST_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.core.client.epayment.ShippingGroup;
import dev.vippsmp.core.settings.ShippingMode;
import dev.vippsmp.core.settings.SettingsChange;
import dev.vippsmp.core.spi.Address;
import dev.vippsmp.core.spi.BuyerDetails;
import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.core.spi.ShippingQuote;
import dev.vippsmp.core.support.PluginIntegrationTest;
import dev.vippsmp.core.support.Simulator;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Express checkout: a cart with goods to ship asks the app for address and delivery, and the authorized amount is
 * the order plus the chosen delivery; a cart with nothing to ship asks only for name, email and phone, or with the
 * setting that always asks for an address, for the address too but still for no delivery. The buyer's details reach
 * the shop once, with the outcome.
 */
class ExpressFlowTest extends PluginIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonNode createBody(String reference) {
        JsonNode create = Simulator.control().journal(reference).stream()
                .filter(e -> "createPayment".equals(e.get("operation").asString())).findFirst().orElseThrow();
        return JSON.readTree(create.get("body").asString());
    }

    @Test
    void aCartWithGoodsToShipPaysOrderPlusChosenDeliveryAndTheShopGetsTheAddress() {
        String cart = shop.newCart(20_000, true);

        Initiation initiation = payments.initiation().initiateExpress(shop.createOrderFromCart(cart), "https://shop.example/r", null);

        JsonNode body = createBody(initiation.reference());
        assertThat(body.at("/profile/scope").asString()).isEqualTo("name address email phoneNumber");
        assertThat(body.at("/paymentMethod/type").asString()).isEqualTo("WALLET");
        assertThat(body.at("/shipping/fixedOptions/0/brand").asString()).isEqualTo("POSTEN");
        assertThat(body.at("/shipping/fixedOptions").size()).isEqualTo(2);
        assertThat(body.at("/amount/value").asLong()).isEqualTo(20_000);

        Simulator.control().complete(initiation.reference(), "{\"shippingOptionId\":\"home\"}");
        CompletionResult result = payments.completion().complete(initiation.reference(), Trigger.RETURN_PAGE);

        Payment payment = payments.queries().find(initiation.reference()).orElseThrow();
        assertThat(result.told()).isEqualTo(PaymentOutcome.Kind.AUTHORIZED);
        assertThat(payment.flagged()).isFalse();
        assertThat(payment.authorizedMinor()).isEqualTo(29_900);
        assertThat(payment.shippingMinor()).isEqualTo(9_900);
        BuyerDetails buyer = shop.buyer(payment.orderId()).orElseThrow();
        assertThat(buyer.givenName()).isEqualTo("Kari");
        assertThat(buyer.email()).isEqualTo("kari.nordmann@example.com");
        assertThat(buyer.address().postCode()).isEqualTo("0154");
        assertThat(buyer.shipping().optionId()).isEqualTo("home");
        assertThat(buyer.shipping().costMinor()).isEqualTo(9_900);
    }

    @Test
    void aCartWithNothingToShipAsksOnlyForNameEmailAndPhone() {
        String cart = shop.newCart(15_000, false);

        Initiation initiation = payments.initiation().initiateExpress(shop.createOrderFromCart(cart), "https://shop.example/r", null);

        JsonNode body = createBody(initiation.reference());
        assertThat(body.at("/profile/scope").asString()).isEqualTo("name email phoneNumber");
        assertThat(body.has("shipping")).isFalse();
        assertThat(initiation.payment().flow()).isEqualTo(PaymentFlow.PROFILE_SHARING);

        Simulator.control().complete(initiation.reference(), "{}");
        payments.completion().complete(initiation.reference(), Trigger.WEBHOOK);

        BuyerDetails buyer = shop.buyer(initiation.payment().orderId()).orElseThrow();
        assertThat(buyer.familyName()).isEqualTo("Nordmann");
        assertThat(buyer.phoneNumber()).isEqualTo(TEST_USER);
        assertThat(buyer.address()).isNull();
        assertThat(buyer.shipping()).isNull();
        assertThat(payments.queries().find(initiation.reference()).orElseThrow().authorizedMinor()).isEqualTo(15_000);
    }

    private static SettingsChange shippingMode(ShippingMode mode) {
        return SettingsChange.none().withExpress(new SettingsChange.Express(null, null, null, mode));
    }

    private void alwaysAskForAddress(boolean ask) {
        settings.update(SettingsChange.none().withExpress(new SettingsChange.Express(null, null, ask, null)), "test");
    }

    /** A cart with nothing to ship, paid with the setting that always asks for an address, approved by Ola. */
    private Initiation paidWithAddressAsked(String release) {
        alwaysAskForAddress(true);
        try {
            Initiation initiation = payments.initiation().initiateExpress(shop.createOrderFromCart(shop.newCart(9_000, false)), "https://shop.example/r",
                    null);
            Simulator.control().complete(initiation.reference(), release);
            payments.completion().complete(initiation.reference(), Trigger.WEBHOOK);
            return initiation;
        } finally {
            alwaysAskForAddress(false);
        }
    }

    @Test
    void askingForAnAddressWhenNothingShipsSharesTheAddressButNeverAddsADelivery() {
        Initiation initiation = paidWithAddressAsked("{\"user\":\"4798765432\"}");

        JsonNode body = createBody(initiation.reference());
        assertThat(body.has("shipping")).isFalse();
        assertThat(body.at("/profile/scope").asString().split(" ")).contains("address", "name", "email",
                "phoneNumber");
        assertThat(body.at("/amount/value").asLong()).isEqualTo(9_000);
        Payment payment = payments.queries().find(initiation.reference()).orElseThrow();
        assertThat(payment.flow()).isEqualTo(PaymentFlow.PROFILE_WITH_ADDRESS);
        assertThat(payment.flagged()).isFalse();
        assertThat(payment.authorizedMinor()).isEqualTo(9_000);
        assertThat(payment.shippingMinor()).isZero();
        assertThat(shop.outcomes(payment.orderId())).singleElement()
                .satisfies(outcome -> assertThat(outcome.authorizedMinor()).isEqualTo(9_000));
        BuyerDetails buyer = shop.buyer(payment.orderId()).orElseThrow();
        assertThat(buyer.givenName()).isEqualTo("Ola");
        assertThat(buyer.address()).isEqualTo(new Address("Storgata 1", "Leilighet H0301", "0155", "Oslo", "NO"));
        assertThat(buyer.shipping()).isNull();
    }

    @Test
    void theAddressAskedForWhenNothingShipsComesFromUserinfoWhenThePaymentLacksIt() {
        Initiation initiation = paidWithAddressAsked("{\"user\":\"4798765432\",\"userDetails\":false}");

        BuyerDetails buyer = shop.buyer(initiation.payment().orderId()).orElseThrow();
        assertThat(buyer.email()).isEqualTo("ola.nordmann@example.com");
        assertThat(buyer.address()).isEqualTo(new Address("Storgata 1", "Leilighet H0301", "0155", "Oslo", "NO"));
        assertThat(buyer.shipping()).isNull();
        assertThat(payments.queries().find(initiation.reference()).orElseThrow().authorizedMinor()).isEqualTo(9_000);
    }

    @Test
    void anOrderTheShopAlreadyMadeFromACartIsPaidByExpressWithTheFlowItsGoodsNeed() {
        String shipped = shop.createOrderFromCart(shop.newCart(12_000, true));
        String download = shop.createOrderFromCart(shop.newCart(3_000, false));

        Initiation express = payments.initiation().initiateExpress(shipped, "https://shop.example/r", null);
        Initiation profile = payments.initiation().initiateExpress(download, "https://shop.example/r", null);

        assertThat(express.payment().orderId()).isEqualTo(shipped);
        assertThat(express.payment().flow()).isEqualTo(PaymentFlow.EXPRESS);
        assertThat(createBody(express.reference()).has("shipping")).isTrue();
        assertThat(profile.payment().orderId()).isEqualTo(download);
        assertThat(profile.payment().flow()).isEqualTo(PaymentFlow.PROFILE_SHARING);
        assertThatThrownBy(() -> payments.initiation().initiateExpress("no-such-order", "https://shop.example/r", null))
                .isInstanceOfSatisfying(PaymentOperationException.class,
                        e -> assertThat(e.reason()).isEqualTo(PaymentOperationException.Reason.ORDER_NOT_FOUND));
    }

    @Test
    void expressWithoutAnyDeliveryOptionIsRefusedAndStoresNothing() {
        String order = shop.newOrder(5_000, true);
        List<ShippingQuote> usual = shop.quoteShipping(order, null);
        shop.setQuotes(List.of());
        try {
            assertThatThrownBy(() -> payments.initiation().initiate(new InitiationRequest(order, PaymentFlow.EXPRESS,
                    "https://shop.example/r", null, null))).isInstanceOfSatisfying(PaymentOperationException.class,
                            e -> assertThat(e.reason()).isEqualTo(PaymentOperationException.Reason.INVALID_REQUEST));
            assertThat(payments.queries().forOrder(order)).isEmpty();
        } finally {
            shop.setQuotes(usual);
        }
    }

    @Test
    void dynamicDeliverySendsTheCallbackWithAPerPaymentTokenAndQuotesPerAddress() {
        settings.update(shippingMode(ShippingMode.DYNAMIC), "test");
        try {
            String cart = shop.newCart(10_000, true);
            Initiation initiation = payments.initiation().initiateExpress(shop.createOrderFromCart(cart), "https://shop.example/r",
                    "https://shop.example/vipps/shipping");

            JsonNode dynamic = createBody(initiation.reference()).at("/shipping/dynamicOptions");
            assertThat(dynamic.get("callbackUrl").asString()).isEqualTo("https://shop.example/vipps/shipping");
            assertThat(payments.callbacks().verifyToken(initiation.reference(), "wrong")).isFalse();
            assertThat(payments.callbacks().verifyToken(initiation.reference(), null)).isFalse();
            List<ShippingGroup> norway = payments.callbacks().shippingOptions(initiation.reference(),
                    new Address("Storgata 1", null, "0155", "Oslo", "NO"));
            assertThat(norway).extracting(ShippingGroup::type).containsExactly("PICKUP_POINT", "HOME_DELIVERY");
            assertThat(norway.get(0).options().get(0).amount().value()).isEqualTo(4_900);
            assertThat(payments.callbacks().shippingOptions(initiation.reference(),
                    new Address("Main St 1", null, "10001", "New York", "US"))).isEmpty();
        } finally {
            settings.update(shippingMode(ShippingMode.FIXED), "test");
        }
    }
}
