package dev.vippsmp.demoshop.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.demoshop.testing.ShopApplicationTest;
import dev.vippsmp.demoshop.testing.ShopClient;
import dev.vippsmp.demoshop.testing.ShopClient.Response;
import dev.vippsmp.testplugin.TestPluginConfiguration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/** A plugin's beans appear in the shop's pages, checkout and admin without any change to the shop. */
@Import(TestPluginConfiguration.class)
class PluginExtensionPointsWebTest extends ShopApplicationTest {

    @Test
    void aBuyNowFragmentAppearsOnProductPagesAndDecidesItselfWhereToShow() {
        ShopClient visitor = newVisitor();

        assertThat(visitor.get("/products/wool-blanket").text(".buy-now .test-buy-now")).isEqualTo("Buy wool-blanket now");
        assertThat(visitor.get("/products/gift-card").html().select(".test-buy-now")).isEmpty();
        Response home = visitor.get("/");
        assertThat(home.html().select("meta[name=test-plugin]").attr("content")).isEqualTo("loaded");
        // The slot adds tags to the page's one <head>, never a second <head> inside it.
        assertThat(home.body().split("<head[ >]", -1)).hasSize(2);
    }

    @Test
    void aBuyNowFragmentAppearsOnTheCartPageWithTheCart() {
        ShopClient visitor = newVisitor();
        visitor.addToCart("enamel-mug", 3);

        assertThat(visitor.get("/cart").text(".buy-now .test-cart-buy-now")).isEqualTo("Buy 3 items now");
    }

    @Test
    void checkoutOffersThePluginsPaymentMethodsWhereTheyAreAvailable() {
        ShopClient big = newVisitor();
        big.addToCart("waffle-iron", 1);
        ShopClient small = newVisitor();
        small.addToCart("fjord-wallpapers", 1);

        assertThat(big.get("/checkout").html().select("input[name=paymentMethod]").eachAttr("value"))
                .containsExactly("test-wallet", "broken-wallet", "invoice");
        assertThat(small.get("/checkout").html().select("input[name=paymentMethod]").eachAttr("value"))
                .containsExactly("broken-wallet", "invoice");
    }

    @Test
    void aMethodThatIsNotOfferedForTheOrderCannotBeChosenByHand() {
        ShopClient visitor = newVisitor();
        visitor.addToCart("fjord-wallpapers", 1);
        Map<String, String> form = visitor.validCheckoutForm();
        form.put("paymentMethod", "test-wallet");
        long orders = count("shop_order");

        Response response = visitor.post("/checkout", form);

        assertThat(response.status()).isEqualTo(422);
        assertThat(count("shop_order")).isEqualTo(orders);
    }

    @Test
    void aRedirectingMethodSendsTheBuyerAwayAndLeavesTheOrderWaitingForPayment() {
        ShopClient visitor = newVisitor();
        visitor.addToCart("waffle-iron", 1);
        Map<String, String> form = visitor.validCheckoutForm();
        form.put("paymentMethod", "test-wallet");
        form.put("email", "wallet.buyer@example.com");

        Response response = visitor.post("/checkout", form);

        Map<String, Object> order = jdbc.queryForMap("select * from shop_order where buyer_email = 'wallet.buyer@example.com'");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.location()).startsWith(TestPluginConfiguration.WALLET_URL + order.get("ID")
                + "?returnTo=" + baseUrl() + "/orders/" + order.get("ID") + "?token=" + order.get("TOKEN"));
        assertThat(order).containsEntry("STATUS", "PENDING_PAYMENT").containsEntry("PAYMENT_METHOD", "test-wallet");
        assertThat(visitor.get("/cart").html().select(".empty")).isNotEmpty();
    }

    @Test
    void aMethodThatFailsToStartMarksTheOrderFailedAndKeepsTheCart() {
        ShopClient visitor = newVisitor();
        visitor.addToCart("wool-mittens", 2);
        Map<String, String> form = visitor.validCheckoutForm();
        form.put("paymentMethod", "broken-wallet");
        form.put("email", "broken.buyer@example.com");

        Response response = visitor.post("/checkout", form);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text(".alert.error")).startsWith("Your payment could not be started.");
        Map<String, Object> order = jdbc.queryForMap("select * from shop_order where buyer_email = 'broken.buyer@example.com'");
        assertThat(order).containsEntry("STATUS", "FAILED");
        assertThat(jdbc.queryForObject("select note from order_status_change where order_id = ? and to_status = 'FAILED'",
                String.class, order.get("ID"))).contains("503");
        assertThat(visitor.get("/cart").text(".cart-total")).isEqualTo("NOK 898.00");
    }

    @Test
    void aPluginsAdminPageAppearsInTheAdminMenuBesideTheShopsOwn() {
        ShopClient admin = newVisitor().loginAsAdmin("admin", "admin");

        Response orders = admin.get("/admin/orders");
        Response pluginPage = admin.get("/admin/test-plugin");

        // The shop's own entry comes first; the installed Vipps MobilePay admin, its login page and the test plugin
        // follow by their order.
        assertThat(orders.html().select(".admin-nav a").eachText()).containsExactly("Orders", "Vipps MobilePay",
                "Log in with Vipps MobilePay", "Test plugin");
        assertThat(pluginPage.status()).isEqualTo(200);
        assertThat(pluginPage.text("#test-plugin-page")).isEqualTo("Test plugin settings");
        assertThat(pluginPage.text(".admin-nav a.active")).isEqualTo("Test plugin");
        assertThat(newVisitor().get("/admin/test-plugin").location()).endsWith("/admin/login");
    }
}
