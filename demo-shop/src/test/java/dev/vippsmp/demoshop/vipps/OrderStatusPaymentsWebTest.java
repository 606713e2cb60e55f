package dev.vippsmp.demoshop.vipps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vippsmp.demoshop.order.OrderService;
import dev.vippsmp.demoshop.order.OrderStatus;
import dev.vippsmp.demoshop.testing.ShopClient;
import dev.vippsmp.demoshop.testing.ShopClient.Response;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shop's order statuses move the money: an admin cancelling a paid order releases the reservation; shipping
 * captures and refunding pays everything back; an order paid on invoice has no payment to move.
 */
class OrderStatusPaymentsWebTest extends SandboxWebTest {

    @Autowired
    private OrderService orders;

    /** An order paid with Vipps and approved in the app; returns its payment's reference. */
    private String paidOrder(String slug) {
        ShopClient visitor = newVisitor();
        visitor.addToCart(slug, 1);
        Map<String, String> form = visitor.validCheckoutForm();
        form.put("paymentMethod", "vipps");
        Response placed = visitor.post("/checkout", form);
        assertThat(placed.status()).isEqualTo(302);
        String reference = simulator().newestPayment().get("reference").asString();
        simulator().complete(reference, "{}");
        await().atMost(Duration.ofSeconds(10)).until(() -> orderStatus(order(reference)), "PROCESSING"::equals);
        return reference;
    }

    private static long order(String reference) {
        return Long.parseLong(reference.split("-")[1]);
    }

    @Test
    void cancellingAPaidOrderReleasesTheReservation() {
        String reference = paidOrder("wool-blanket");
        long reserved = simulator().aggregate(reference, "authorizedAmount");

        orders.changeStatus(order(reference), OrderStatus.CANCELLED, "admin:test", "Out of stock");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(simulator().aggregate(reference, "cancelledAmount")).isEqualTo(reserved));
        assertThat(simulator().aggregate(reference, "capturedAmount")).isZero();
        assertThat(orderStatus(order(reference))).isEqualTo("CANCELLED");
    }

    @Test
    void shippingCapturesAndRefundingPaysEverythingBack() {
        String reference = paidOrder("waffle-iron");
        long reserved = simulator().aggregate(reference, "authorizedAmount");

        orders.changeStatus(order(reference), OrderStatus.SHIPPED, "admin:test", null);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(simulator().aggregate(reference, "capturedAmount")).isEqualTo(reserved));
        orders.changeStatus(order(reference), OrderStatus.REFUNDED, "admin:test", "Returned");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(simulator().aggregate(reference, "refundedAmount")).isEqualTo(reserved));
        assertThat(jdbc.queryForObject("select status from vipps_payment where reference = ?", String.class,
                reference)).isEqualTo("REFUNDED");
        assertThat(orderStatus(order(reference))).isEqualTo("REFUNDED");
    }

    @Test
    void anOrderPaidOnInvoiceHasNoPaymentToMove() {
        ShopClient.OrderLink invoice = newVisitor().buy("enamel-mug");
        long payments = count("vipps_payment");

        orders.changeStatus(invoice.id(), OrderStatus.SHIPPED, "admin:test", null);

        assertThat(orderStatus(invoice.id())).isEqualTo("SHIPPED");
        assertThat(count("vipps_payment")).isEqualTo(payments);
    }
}
