package dev.vippsmp.demoshop.vipps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.payment.Initiation;
import dev.vippsmp.core.payment.InitiationRequest;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.Payments;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.payment.Trigger;
import dev.vippsmp.demoshop.cart.CartCookie;
import dev.vippsmp.demoshop.order.OrderService;
import dev.vippsmp.demoshop.order.OrderStatus;
import dev.vippsmp.demoshop.order.OrderView;
import dev.vippsmp.demoshop.testing.ShopApplicationTest;
import dev.vippsmp.demoshop.testing.ShopClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The plugin installed in the shop, in sandbox mode with the simulator in the same process: an order paid,
 * captured and refunded moves through the shop's statuses; an express order from a cart gets the buyer and the
 * delivery chosen in the app, and the reserved amount matches the order with its delivery. A shop of its own
 * (sandbox mode on), not the one the other shop tests share.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "spring.datasource.url=jdbc:h2:mem:shop-vipps-${random.uuid};DB_CLOSE_DELAY=-1",
        "demo.sandbox.enabled=true",
        "demo.sandbox.simulator-port=0",
        "vipps.background-jobs.enabled=false"})
class VippsPaymentInShopTest extends ShopApplicationTest {

    @Value("${vipps.base-url}")
    private String simulator;
    @Autowired
    private Payments payments;
    @Autowired
    private VippsClient client;
    @Autowired
    private OrderService orders;
    @Autowired
    private DemoShopVippsAdapter adapter;

    private String cartWith(String slug) {
        ShopClient visitor = newVisitor();
        visitor.addToCart(slug, 1);
        return visitor.cookie(CartCookie.NAME).orElseThrow();
    }

    private OrderView order(String id) {
        return orders.find(Long.parseLong(id)).orElseThrow();
    }

    @Test
    void anOrderPaidCapturedAndRefundedMovesThroughTheShopsStatuses() {
        String id = adapter.createOrderFromCart(cartWith("wool-blanket"));
        Initiation initiation = payments.initiation().initiate(InitiationRequest.checkout(id, "https://shop.example/return"));
        assertThat(initiation.reference()).isEqualTo("fjellbu-" + id + "-1");

        client.payments().forceApprove(initiation.reference(), "4791234567");
        payments.completion().complete(initiation.reference(), Trigger.RETURN_PAGE);
        assertThat(order(id).status()).isEqualTo(OrderStatus.PROCESSING);

        Payment captured = payments.money().capture(initiation.reference(), order(id).total().minor());
        assertThat(captured.status()).isEqualTo(PaymentStatus.CAPTURED);
        payments.money().refund(initiation.reference(), captured.capturedMinor());

        OrderView refunded = order(id);
        assertThat(refunded.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(refunded.history()).filteredOn(change -> change.changedBy().equals(DemoShopVippsAdapter.ACTOR))
                .extracting(change -> change.toStatus())
                .containsExactly(OrderStatus.PROCESSING, OrderStatus.REFUNDED);
    }

    @Test
    void anExpressOrderGetsTheBuyerAndDeliveryFromTheAppAndIsNotFlagged() throws Exception {
        Initiation initiation = payments.initiation().initiateExpress(adapter.createOrderFromCart(cartWith("cheese-slicer")), "https://shop.example/return",
                null);
        String id = initiation.payment().orderId();
        long goods = order(id).total().minor();

        HttpResponse<String> completed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(simulator + "/simulator/payments/" + initiation.reference() + "/complete"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(completed.statusCode()).isEqualTo(200);
        // The app shares the buyer's details a moment after approving; until then the payment waits for them.
        await().atMost(Duration.ofSeconds(10)).until(() -> payments.completion().complete(initiation.reference(),
                Trigger.RETURN_PAGE).status() == PaymentStatus.AUTHORIZED);

        Payment payment = payments.queries().find(initiation.reference()).orElseThrow();
        OrderView order = order(id);
        assertThat(payment.flagged()).isFalse();
        assertThat(payment.authorizedMinor()).isEqualTo(goods + payment.shippingMinor());
        assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(order.buyer().firstName()).isEqualTo("Kari");
        assertThat(order.deliveryAddress().city()).isEqualTo("Oslo");
        assertThat(order.total().minor()).isEqualTo(payment.authorizedMinor());
    }
}
