package dev.vippsmp.demoshop.vipps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vippsmp.core.settings.SettingsChange;
import dev.vippsmp.core.settings.SettingsService;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Buy now with Vipps" in a real browser through the simulator's landing page. A download asks the app only for
 * name, email and phone (a consent, never an address or a delivery) and is captured at once; when the shop always
 * asks for an address it gets that too, still with no delivery to pay for. A shipped product gets its delivery from
 * the shop's own options for the address the buyer picks (the shipping callback); an express checkout from the cart
 * that is rejected leaves the cart as it was, and once paid empties it.
 */
class ExpressBrowserTest extends SandboxBrowserTest {

    @Autowired
    private SettingsService settings;

    private Map<String, Object> order(long id) {
        return jdbc.queryForMap("select * from shop_order where id = ?", id);
    }

    @Test
    void aDownloadBoughtWithExpressAsksOnlyForNameEmailAndPhoneAndGetsTheBuyersDetails() {
        open("/products/fjord-wallpapers");
        assertThat(text(".vipps-express-product button")).isEqualTo("Buy now with Vipps");
        clickToLandingPage(".vipps-express-product button");
        logInToApp();

        assertThat(browser().findElements(By.cssSelector("#claims li"))).extracting(claim -> claim.getText())
                .containsExactly("Name", "Email address", "Phone number");
        shareInApp();
        // Straight to confirming: no address step, no delivery step.
        assertThat(isPresent("#approve")).isTrue();
        assertThat(isPresent("#address-0") || isPresent("#delivery") || isPresent("input[name=optionId]")).isFalse();
        approveInApp();

        assertThat(returnPageSettles()).isEqualTo("PAID");
        long id = orderOnReturnPage();
        String reference = text("#vipps-reference");
        Map<String, Object> order = order(id);
        assertThat(order).containsEntry("STATUS", "PROCESSING").containsEntry("BUYER_FIRST_NAME", "Kari")
                .containsEntry("BUYER_LAST_NAME", "Nordmann").containsEntry("BUYER_EMAIL", "kari.nordmann@example.com")
                .containsEntry("BUYER_PHONE", "4791234567").containsEntry("PAYMENT_METHOD", "vipps")
                .containsEntry("SHIPPING_TOTAL_MINOR", 0L).containsEntry("TOTAL_MINOR", 7_900L);
        assertThat(order.get("SHIPPING_METHOD")).isNull();
        assertThat(order.get("DELIVERY_STREET")).isNull();
        assertThat(simulator().payment(reference).at("/approval/consentedScopes").toString())
                .doesNotContain("address");
        // Nothing ships, so the capture policy takes the money at once.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(simulator().aggregate(reference, "capturedAmount")).isEqualTo(7_900));
    }

    @Test
    void aDownloadBoughtWithExpressWhenTheShopAlwaysAsksForAnAddressGetsItButNoDeliveryToPayFor() {
        alwaysAskForAddress(true);
        try {
            open("/products/fjord-wallpapers");
            clickToLandingPage(".vipps-express-product button");
            logInToApp();

            assertThat(browser().findElements(By.cssSelector("#claims li"))).extracting(claim -> claim.getText())
                    .containsExactly("Name", "Addresses", "Email address", "Phone number");
            shareInApp();
            assertThat(isPresent("#address-0") || isPresent("#delivery") || isPresent("input[name=optionId]"))
                    .isFalse();
            approveInApp();

            assertThat(returnPageSettles()).isEqualTo("PAID");
            Map<String, Object> order = order(orderOnReturnPage());
            assertThat(order).containsEntry("BUYER_EMAIL", "kari.nordmann@example.com")
                    .containsEntry("BUYER_STREET", "Robert Levins gate 5").containsEntry("BUYER_POSTAL_CODE", "0154")
                    .containsEntry("BUYER_COUNTRY", "NO").containsEntry("SHIPPING_TOTAL_MINOR", 0L)
                    .containsEntry("TOTAL_MINOR", 7_900L);
            assertThat(order.get("SHIPPING_METHOD")).isNull();
            assertThat(order.get("DELIVERY_STREET")).isNull();
        } finally {
            alwaysAskForAddress(false);
        }
    }

    private void alwaysAskForAddress(boolean ask) {
        settings.update(SettingsChange.none().withExpress(new SettingsChange.Express(null, null, ask, null)), "test");
    }

    @Test
    void aShippedProductBoughtWithExpressGetsThePickupPointChosenFromTheShopsOptionsForTheAddress() {
        open("/products/cheese-slicer");
        clickToLandingPage(".vipps-express-product button");
        logInToApp();
        assertThat(text("#claims")).contains("Addresses");
        shareInApp();
        click("#address-0");
        continueInApp();
        // The options are the shop's own for that address, from its shipping callback.
        click("#option-pickup-point");
        continueInApp();
        assertThat(text("#total")).isEqualTo("NOK 288.00");
        approveInApp();

        assertThat(returnPageSettles()).isEqualTo("PAID");
        long id = orderOnReturnPage();
        String reference = text("#vipps-reference");
        assertThat(text("#vipps-total")).isEqualTo("NOK 288.00");
        Map<String, Object> order = order(id);
        assertThat(order).containsEntry("STATUS", "PROCESSING").containsEntry("SHIPPING_METHOD", "pickup-point")
                .containsEntry("SHIPPING_TOTAL_MINOR", 8_900L).containsEntry("TOTAL_MINOR", 28_800L)
                .containsEntry("DELIVERY_STREET", "Robert Levins gate 5").containsEntry("DELIVERY_CITY", "Oslo")
                .containsEntry("BUYER_EMAIL", "kari.nordmann@example.com");
        assertThat(simulator().aggregate(reference, "authorizedAmount")).isEqualTo(28_800);
        assertThat(simulator().outbound(reference)).anySatisfy(sent -> {
            assertThat(sent.get("kind").asString()).isEqualTo("SHIPPING_CALLBACK");
            assertThat(sent.get("outcome").asString()).isEqualTo("ANSWERED");
        });
    }

    @Test
    void anExpressFromTheCartThatIsRejectedLeavesTheCartAndOnceTriedAgainAndPaidEmptiesIt() {
        addToCart("enamel-mug", 2);
        clickToLandingPage(".vipps-express-cart button");
        logInToApp();
        shareInApp();
        continueInApp();
        continueInApp();
        rejectInApp();

        assertThat(returnPageSettles()).isEqualTo("REJECTED");
        long id = orderOnReturnPage();
        open("/cart");
        assertThat(browser().findElements(By.cssSelector(".cart-lines tbody tr"))).hasSize(1);
        assertThat(find(".cart-lines input[name=quantity]").getAttribute("value")).isEqualTo("2");

        browser().navigate().back();
        clickToLandingPage("#vipps-retry button");
        logInToApp();
        shareInApp();
        continueInApp();
        continueInApp();
        approveInApp();

        assertThat(returnPageSettles()).isEqualTo("PAID");
        assertThat(text("#vipps-reference")).isEqualTo("fjellbu-" + id + "-2");
        assertThat(order(id)).containsEntry("STATUS", "PROCESSING").containsEntry("BUYER_FIRST_NAME", "Kari");
        open("/cart");
        assertThat(isPresent(".empty")).isTrue();
    }
}
