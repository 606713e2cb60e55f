package dev.vippsmp.demoshop.vipps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.core.settings.OrderStatusAfterApproval;
import dev.vippsmp.core.settings.SettingsChange;
import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.core.spi.Address;
import dev.vippsmp.core.spi.BuyerDetails;
import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.core.spi.ShippingQuote;
import dev.vippsmp.core.spi.ShopOrder;
import dev.vippsmp.demoshop.cart.CartCookie;
import dev.vippsmp.demoshop.order.BuyerAddress;
import dev.vippsmp.demoshop.order.OrderService;
import dev.vippsmp.demoshop.order.OrderStatus;
import dev.vippsmp.demoshop.order.OrderView;
import dev.vippsmp.demoshop.testing.ShopApplicationTest;
import dev.vippsmp.demoshop.testing.ShopClient;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shop's implementation of the plugin's port, on the shop's real database: orders read with their lines,
 * VAT and delivery; outcomes moving orders through the shop's own rules; express orders made from carts; delivery
 * quotes; the buyer's details from the app landing on the order.
 */
class DemoShopVippsAdapterTest extends ShopApplicationTest {

    @Autowired
    private DemoShopVippsAdapter adapter;
    @Autowired
    private OrderService orders;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private SettingsService settings;

    private String expressOrderFromCart(String slug, int quantity) {
        ShopClient visitor = newVisitor();
        visitor.addToCart(slug, quantity);
        return adapter.createOrderFromCart(visitor.cookie(CartCookie.NAME).orElseThrow());
    }

    private OrderView order(String id) {
        return orders.find(Long.parseLong(id)).orElseThrow();
    }

    private void apply(PaymentOutcome outcome) {
        // As the plugin does: inside its transaction on the shop's data source.
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> adapter.applyOutcome(outcome));
    }

    @Test
    void anOrderIsReadWithItsLinesVatAndDeliveryAddingUpToItsTotal() {
        ShopClient.OrderLink placed = newVisitor().buy("wool-blanket");

        ShopOrder order = adapter.findOrder(String.valueOf(placed.id())).orElseThrow();

        assertThat(order.currency()).isEqualTo("NOK");
        assertThat(order.anythingShips()).isTrue();
        assertThat(order.lines().get(0).name()).isNotBlank();
        assertThat(order.lines().get(0).vatRateBasisPoints()).isEqualTo(2500);
        assertThat(order.lines()).anySatisfy(line -> assertThat(line.id()).startsWith("shipping-"));
        assertThat(order.lines().stream().mapToLong(line -> line.totalMinor()).sum()).isEqualTo(order.totalMinor());
        assertThat(adapter.findOrder("999999999")).isEmpty();
        assertThat(adapter.findOrder("not-a-number")).isEmpty();
    }

    @Test
    void anExpressOrderIsMadeFromTheCartWithoutBuyerOrDelivery() {
        String id = expressOrderFromCart("enamel-mug", 2);

        OrderView order = order(id);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(order.paymentMethod()).isEqualTo(DemoShopVippsAdapter.METHOD_ID);
        assertThat(order.buyer()).isNull();
        assertThat(order.shipping()).isNull();
        assertThat(order.total().minor()).isEqualTo(2 * 24_900);
        assertThatThrownBy(() -> adapter.createOrderFromCart(UUID.randomUUID().toString()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deliveryIsQuotedForTheMarketOrAnAddressAndNotWhereTheShopDoesNotSend() {
        String id = expressOrderFromCart("cheese-slicer", 1);

        List<ShippingQuote> fixed = adapter.quoteShipping(id, null);
        assertThat(fixed).isNotEmpty().allSatisfy(quote -> {
            assertThat(quote.brand()).isEqualTo("POSTEN");
            assertThat(quote.type()).isIn("HOME_DELIVERY", "PICKUP_POINT", "MAILBOX");
        });
        assertThat(fixed).filteredOn(ShippingQuote::isDefault).hasSize(1);
        assertThat(adapter.quoteShipping(id, new Address("Storgatan 1", null, "11122", "Stockholm", "SE")))
                .isNotEmpty();
        assertThat(adapter.quoteShipping(id, new Address("Main St 1", null, "10001", "New York", "US"))).isEmpty();
    }

    @Test
    void theBuyerAndChosenDeliveryFromTheAppLandOnTheOrderAndItsTotal() {
        String id = expressOrderFromCart("wool-mittens", 1);
        long before = order(id).total().minor();
        ShippingQuote pickup = adapter.quoteShipping(id, null).stream()
                .filter(quote -> quote.type().equals("PICKUP_POINT")).findFirst().orElseThrow();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> adapter.attachBuyer(id,
                new BuyerDetails("Kari", "Nordmann", "kari.nordmann@example.com", "4791234567",
                        new Address("Robert Levins gate 5", null, "0154", "Oslo", "NO"),
                        new BuyerDetails.ChosenShipping(pickup.id(), pickup.name(), pickup.amountMinor()))));

        OrderView order = order(id);
        assertThat(order.buyer().email()).isEqualTo("kari.nordmann@example.com");
        assertThat(order.deliveryAddress().postalCode()).isEqualTo("0154");
        assertThat(order.buyerAddress()).isNull();
        assertThat(order.shipping().methodId()).isEqualTo(pickup.id());
        assertThat(order.shipping().type()).isEqualTo("PICKUP_POINT");
        assertThat(order.total().minor()).isEqualTo(before + pickup.amountMinor());
    }

    @Test
    void anAddressAskedForWhenNothingShipsIsKeptAsTheBuyersOwnWithoutADelivery() {
        String id = expressOrderFromCart("northern-lights-cookbook", 1);
        long before = order(id).total().minor();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> adapter.attachBuyer(id,
                new BuyerDetails("Ola", "Nordmann", "ola.nordmann@example.com", "4798765432",
                        new Address("Storgata 1", "Leilighet H0301", "0155", "Oslo", "NO"), null)));

        OrderView order = order(id);
        assertThat(order.buyer().firstName()).isEqualTo("Ola");
        assertThat(order.buyerAddress()).isEqualTo(new BuyerAddress("Storgata 1", "Leilighet H0301", "0155", "Oslo",
                "NO"));
        assertThat(order.deliveryAddress()).isNull();
        assertThat(order.shipping()).isNull();
        assertThat(order.total().minor()).isEqualTo(before);
        String token = jdbc.queryForObject("select token from shop_order where id = ?", String.class,
                Long.parseLong(id));
        ShopClient.Response page = newVisitor().get("/orders/" + id + "?token=" + token);
        assertThat(page.text("#buyer-address")).contains("Storgata 1", "Leilighet H0301", "0155 Oslo");
        assertThat(page.html().select("#delivery-address")).isEmpty();
    }

    @Test
    void outcomesMoveTheOrderThroughTheShopsOwnRulesWithThePaymentInItsHistory() {
        String id = expressOrderFromCart("coffee-beans", 1);
        long total = order(id).total().minor();

        apply(new PaymentOutcome(id, "fjellbu-" + id + "-1", PaymentOutcome.Kind.AUTHORIZED, total, 0, 0, 0, "NOK",
                null));
        assertThat(order(id).status()).isEqualTo(OrderStatus.PROCESSING);
        apply(new PaymentOutcome(id, "fjellbu-" + id + "-1", PaymentOutcome.Kind.PAID, total, total, 0, 0, "NOK",
                null));
        assertThat(order(id).status()).isEqualTo(OrderStatus.PROCESSING);
        apply(new PaymentOutcome(id, "fjellbu-" + id + "-1", PaymentOutcome.Kind.REFUNDED, total, total, total, 0,
                "NOK", null));

        OrderView refunded = order(id);
        assertThat(refunded.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(refunded.history()).extracting(change -> change.changedBy())
                .contains(DemoShopVippsAdapter.ACTOR);
        assertThatThrownBy(() -> apply(new PaymentOutcome("x", "r", PaymentOutcome.Kind.PAID, 1, 1, 0, 0, "NOK",
                null))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMerchantWhoChoseOnHoldFindsApprovedOrdersOnHoldAndMayThenShipThem() {
        OrderStatusAfterApproval before = settings.current().orderStatusAfterApproval();
        settings.update(afterApproval(OrderStatusAfterApproval.ON_HOLD), "test");
        try {
            String id = expressOrderFromCart("wool-blanket", 1);
            long total = order(id).total().minor();

            apply(new PaymentOutcome(id, "fjellbu-" + id + "-1", PaymentOutcome.Kind.AUTHORIZED, total, 0, 0, 0,
                    "NOK", null));

            OrderView onHold = order(id);
            assertThat(onHold.status()).isEqualTo(OrderStatus.ON_HOLD);
            assertThat(onHold.allowedNextStatuses()).contains(OrderStatus.PROCESSING, OrderStatus.SHIPPED,
                    OrderStatus.CANCELLED);
        } finally {
            settings.update(afterApproval(before), "test");
        }
    }

    private static SettingsChange afterApproval(OrderStatusAfterApproval status) {
        return SettingsChange.none().withCapture(SettingsChange.Capture.orderStatus(status));
    }
}
