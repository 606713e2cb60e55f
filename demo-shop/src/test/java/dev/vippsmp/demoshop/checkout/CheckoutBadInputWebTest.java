package dev.vippsmp.demoshop.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.demoshop.testing.ShopApplicationTest;
import dev.vippsmp.demoshop.testing.ShopClient;
import dev.vippsmp.demoshop.testing.ShopClient.Response;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A checkout that cannot be placed answers with the form and its errors (422), or a clear 4xx page, and stores no
 * order and keeps the cart as it was.
 */
class CheckoutBadInputWebTest extends ShopApplicationTest {

    @Test
    void aValidFormPlacesTheOrderSoTheOtherTestsChangeOnlyWhatTheyName() {
        ShopClient visitor = visitorWithCart("enamel-mug");
        long orders = count("shop_order");

        Response response = visitor.post("/checkout", visitor.validCheckoutForm());

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.location()).contains("/orders/");
        assertThat(count("shop_order")).isEqualTo(orders + 1);
    }

    @Test
    void checkoutWithAnEmptyCartIsRefusedAndStoresNothing() {
        ShopClient visitor = newVisitor();
        assertThat(visitor.get("/checkout").location()).endsWith("/cart");
        Map<String, String> form = Map.of("_csrf", visitor.csrfToken("/products/enamel-mug"), "firstName", "Kari",
                "lastName", "Nordmann", "email", "kari@example.com", "phone", "91234567",
                "paymentMethod", "invoice", "acceptTerms", "true", "expectedTotal", "0");
        WrittenRows before = writtenRows();

        Response response = visitor.post("/checkout", form);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("h1")).isEqualTo("Your cart is empty, so there is nothing to order.");
        assertThat(writtenRows()).isEqualTo(before);
    }

    @Test
    void aTamperedTotalStopsTheOrderWithAFormError() {
        assertRefused("wool-mittens", form -> form.put("expectedTotal", "100"), "The prices in your cart have changed");
    }

    @Test
    void aTotalThatIsNotANumberStopsTheOrderWithAFormError() {
        assertRefused("wool-mittens", form -> form.put("expectedTotal", "1e3"), "The prices in your cart have changed");
    }

    @Test
    void anUnknownShippingMethodIsAFormError() {
        assertRefused("wool-mittens", form -> form.put("shippingMethod", "drone-delivery"),
                "Choose one of the delivery methods offered.");
    }

    @Test
    void aShippingMethodNotOfferedForTheParcelIsAFormError() {
        // A cast-iron waffle iron weighs 3.2 kg: too heavy for the mailbox.
        assertRefused("waffle-iron", form -> form.put("shippingMethod", "mailbox"),
                "Choose one of the delivery methods offered.");
    }

    @Test
    void notAcceptingTheTermsIsAFormError() {
        assertRefused("wool-mittens", form -> form.remove("acceptTerms"),
                "You need to accept the terms of sale to place the order.");
    }

    @Test
    void anUnknownPaymentMethodIsAFormError() {
        assertRefused("wool-mittens", form -> form.put("paymentMethod", "cash-in-envelope"),
                "Choose one of the payment methods offered.");
    }

    @Test
    void aFieldLongerThanTheDatabaseColumnIsAFormError() {
        assertRefused("wool-mittens", form -> form.put("city", "x".repeat(81)), "Use at most 80 characters.");
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource({
            "email, not-an-email, Enter a valid email address.",
            "email, '', Please fill in this field.",
            "phone, 12, Enter a mobile number of 8 to 15 digits",
            "phone, +47 abc defgh, Enter a mobile number of 8 to 15 digits",
            "firstName, '', Please fill in this field.",
            "street, '', Please fill in this field.",
            "postalCode, 12345, This is not a postal code of the selected country.",
            "country, US, We do not ship to this country.",
            "country, Norway, This value is not valid."})
    void anInvalidFieldIsAFormErrorBesideThatField(String field, String value, String message) {
        Response response = assertRefused("wool-mittens", form -> form.put(field, value), message);

        assertThat(response.text("#" + field + " ~ .field-error")).startsWith(message);
    }

    @Test
    void addressFieldsSentForACartWithNothingToShipAreIgnored() {
        ShopClient visitor = visitorWithCart("gift-card");
        Map<String, String> form = visitor.validCheckoutForm();
        assertThat(form).doesNotContainKey("street");
        form.putAll(Map.of("street", "Sneaky street 1", "postalCode", "0155", "city", "Oslo", "country", "NO",
                "shippingMethod", "home-delivery", "email", "gift.buyer@example.com"));

        Response response = visitor.post("/checkout", form);

        assertThat(response.status()).isEqualTo(302);
        Map<String, Object> order = jdbc.queryForMap("select * from shop_order where buyer_email = 'gift.buyer@example.com'");
        assertThat(order.get("DELIVERY_STREET")).isNull();
        assertThat(order.get("SHIPPING_METHOD")).isNull();
        assertThat(order).containsEntry("TOTAL_MINOR", 50_000L).containsEntry("SHIPPING_TOTAL_MINOR", 0L);
    }

    @Test
    void placingTheOrderWithoutTheCsrfTokenIsForbiddenAndStoresNothing() {
        ShopClient visitor = visitorWithCart("wool-mittens");
        Map<String, String> form = visitor.validCheckoutForm();
        form.remove("_csrf");
        WrittenRows before = writtenRows();

        assertThat(visitor.post("/checkout", form).status()).isEqualTo(403);
        assertThat(writtenRows()).isEqualTo(before);
    }

    private ShopClient visitorWithCart(String slug) {
        ShopClient visitor = newVisitor();
        assertThat(visitor.addToCart(slug, 1).status()).isEqualTo(302);
        return visitor;
    }

    /**
     * Fills the checkout validly for a cart of the product, spoils the form as told, sends it, and checks that the
     * checkout page came back with the message and that nothing was stored.
     */
    private Response assertRefused(String slug, Consumer<Map<String, String>> spoil, String message) {
        ShopClient visitor = visitorWithCart(slug);
        Map<String, String> form = visitor.validCheckoutForm();
        spoil.accept(form);
        WrittenRows before = writtenRows();

        Response response = visitor.post("/checkout", form);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text("h1")).isEqualTo("Checkout");
        assertThat(response.text("form#checkout")).contains(message);
        assertThat(writtenRows()).isEqualTo(before);
        return response;
    }
}
