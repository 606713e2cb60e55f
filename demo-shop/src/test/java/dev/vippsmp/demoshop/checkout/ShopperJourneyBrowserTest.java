package dev.vippsmp.demoshop.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.demoshop.testing.ShopBrowserTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class ShopperJourneyBrowserTest extends ShopBrowserTest {

    @Test
    void aShopperBuysAShippedProductOnInvoiceAndSeesTheOrderPage() {
        addToCart("wool-blanket", 2);
        assertThat(text(".cart-total")).isEqualTo("NOK 2,598.00");

        clickToNewPage("a[href='/checkout']");
        waitForPath("/checkout");
        assertThat(isPresent("#delivery")).isTrue();
        // Two blankets weigh 2.8 kg, too heavy for the mailbox; they cost over NOK 1,000, so pickup is free.
        assertThat(browser().findElements(By.cssSelector("input[name=shippingMethod]")))
                .extracting(radio -> radio.getAttribute("value"))
                .containsExactly("free-pickup-point", "pickup-point", "home-delivery");
        fillContactDetails("Kari", "Nordmann", "kari.blanket@example.com", "912 34 567");
        fillDeliveryAddress("Storgata 1", "0155", "Oslo", "NO");
        choose("shippingMethod", "home-delivery");
        assertThat(text("#summary-total")).isEqualTo("NOK 2,747.00");
        choose("paymentMethod", "invoice");
        acceptTermsAndPlaceOrder();

        waitForPath("/orders/");
        assertThat(text(".alert.success")).contains("Thank you for your order!");
        assertThat(text("#order-status")).isEqualTo("Processing");
        assertThat(text("#order-total")).isEqualTo("NOK 2,747.00");
        assertThat(text("#delivery-address")).contains("Storgata 1", "0155 Oslo", "Norway");
        assertThat(text("#payment-method")).isEqualTo("Pay on invoice");
        assertThat(browser().findElements(By.cssSelector(".order-lines tbody tr")))
                .extracting(row -> row.getText().replace('\u00a0', ' '))
                .containsExactly("Fjord wool blanket 2 NOK 1,299.00 NOK 2,598.00", "Home delivery (Posten) NOK 149.00");

        Map<String, Object> order = jdbc.queryForMap(
                "select * from shop_order where buyer_email = 'kari.blanket@example.com'");
        assertThat(order).containsEntry("STATUS", "PROCESSING").containsEntry("TOTAL_MINOR", 274_700L)
                .containsEntry("SHIPPING_METHOD", "home-delivery").containsEntry("PAYMENT_METHOD", "invoice")
                .containsEntry("BUYER_PHONE", "91234567").containsEntry("DELIVERY_CITY", "Oslo");
        assertThat(browser().getCurrentUrl()).contains("/orders/" + order.get("ID") + "?token=" + order.get("TOKEN"));
        // The cart was emptied when the order was placed.
        open("/cart");
        assertThat(isPresent(".empty")).isTrue();
    }

    @Test
    void aShopperBuysADownloadAndIsNeverAskedForAnAddressOrAShippingMethod() {
        addToCart("fjord-wallpapers", 1);
        assertThat(text(".summary")).contains("Everything in your cart comes by email");

        open("/checkout");
        assertThat(isPresent("#delivery")).isFalse();
        assertThat(isPresent("input[name=street]")).isFalse();
        assertThat(isPresent("input[name=shippingMethod]")).isFalse();
        assertThat(text("#no-delivery")).contains("no address");
        fillContactDetails("Ola", "Nordmann", "ola.download@example.com", "98765432");
        choose("paymentMethod", "invoice");
        acceptTermsAndPlaceOrder();

        waitForPath("/orders/");
        assertThat(text("#order-status")).isEqualTo("Processing");
        assertThat(text("#order-total")).isEqualTo("NOK 79.00");
        assertThat(isPresent("#delivery-address")).isFalse();
        Map<String, Object> order = jdbc.queryForMap(
                "select * from shop_order where buyer_email = 'ola.download@example.com'");
        assertThat(order.get("DELIVERY_STREET")).isNull();
        assertThat(order.get("SHIPPING_METHOD")).isNull();
        assertThat(order).containsEntry("SHIPPING_TOTAL_MINOR", 0L).containsEntry("TOTAL_MINOR", 7_900L);
    }

    @Test
    void anAdminLogsInAndMovesAnOrderToShippedWhichTheHistoryShows() {
        addToCart("enamel-mug", 1);
        open("/checkout");
        fillContactDetails("Per", "Hansen", "per.mug@example.com", "90000001");
        fillDeliveryAddress("Fjellveien 3", "5003", "Bergen", "NO");
        choose("shippingMethod", "mailbox");
        acceptTermsAndPlaceOrder();
        waitForPath("/orders/");
        long orderId = jdbc.queryForObject("select id from shop_order where buyer_email = 'per.mug@example.com'",
                Long.class);

        open("/admin/orders");
        waitForPath("/admin/login");
        logInAsAdmin();
        clickToNewPage("tr[data-order='" + orderId + "'] a");
        waitForPath("/admin/orders/" + orderId);
        assertThat(text("#order-status")).isEqualTo("Processing");
        type("#note", "Posted at Bergen sentrum");
        clickToNewPage("#status-change button[value=SHIPPED]");

        waitForPath("/admin/orders/" + orderId);
        assertThat(text("#order-status")).isEqualTo("Shipped");
        List<String> history = browser().findElements(By.cssSelector(".history tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(history).hasSize(3);
        assertThat(history.get(2)).contains("Processing → Shipped", "admin:admin", "Posted at Bergen sentrum");
        assertThat(jdbc.queryForObject("select status from shop_order where id = ?", String.class, orderId))
                .isEqualTo("SHIPPED");
        assertThat(jdbc.queryForMap("select * from order_status_change where order_id = ? and to_status = 'SHIPPED'",
                orderId)).containsEntry("FROM_STATUS", "PROCESSING").containsEntry("CHANGED_BY", "admin:admin");

        // The buyer sees the new status on their own page.
        String token = jdbc.queryForObject("select token from shop_order where id = ?", String.class, orderId);
        open("/orders/" + orderId + "?token=" + token);
        assertThat(text("#order-status")).isEqualTo("Shipped");
    }
}
