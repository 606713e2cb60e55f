package dev.vippsmp.demoshop.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.vippsmp.demoshop.cart.CartService;
import dev.vippsmp.demoshop.catalog.Catalog;
import dev.vippsmp.demoshop.catalog.ProductView;
import dev.vippsmp.demoshop.money.Money;
import dev.vippsmp.demoshop.subscription.PlanView;
import dev.vippsmp.demoshop.subscription.SubscriptionPlans;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the shop's persistence must do on every database it supports: Flyway builds and fills the schema, Hibernate
 * agrees with it, orders round-trip exactly, and concurrent status changes apply once. Each supported database has
 * a test class implementing this.
 */
interface OrderPersistenceContract {

    /** The running shop on the database under test. */
    ApplicationContext shop();

    default OrderService orders() {
        return shop().getBean(OrderService.class);
    }

    default Catalog catalog() {
        return shop().getBean(Catalog.class);
    }

    default CartService carts() {
        return shop().getBean(CartService.class);
    }

    default JdbcTemplate jdbc() {
        return shop().getBean(JdbcTemplate.class);
    }

    @Test
    default void flywayRanEveryMigrationAndTheDemoCatalogueIsForSale() {
        assertThat(jdbc().queryForList("select \"version\" from \"flyway_schema_history\" where \"success\" = true"
                + " and \"version\" is not null order by \"installed_rank\"", String.class)).containsExactly("1", "2", "3", "4", "5", "6", "7");
        List<ProductView> products = catalog().productsForSale(Locale.forLanguageTag("nb"));
        assertThat(products).hasSize(10);
        assertThat(products).filteredOn(ProductView::ships).hasSize(6)
                .allSatisfy(product -> assertThat(product.weightGrams()).isPositive());
        assertThat(products).filteredOn(product -> !product.ships()).extracting(ProductView::slug)
                .containsExactly("northern-lights-cookbook", "gift-card", "waffle-workshop", "fjord-wallpapers");
        assertThat(products.get(0).name()).isEqualTo("Ullteppe Fjord");
        assertThat(products.get(0).price()).isEqualTo(Money.of(129_900, "NOK"));
        List<PlanView> plans = shop().getBean(SubscriptionPlans.class).forSale(Locale.forLanguageTag("nb"));
        assertThat(plans).extracting(PlanView::slug, PlanView::ships, PlanView::intervalUnit, PlanView::price)
                .containsExactly(tuple("fjellbu-journal", false, "MONTH", Money.of(4_900, "NOK")),
                        tuple("coffee-box", true, "MONTH", Money.of(29_900, "NOK")));
        assertThat(plans.get(1).name()).isEqualTo("Kaffeklubben");
    }

    @Test
    default void anOrderRoundTripsWithItsLinesShippingTotalsBuyerAndHistory() {
        NewOrder newOrder = new NewOrder(List.of(
                new NewOrderLine(1, "HOME-001", "Fjord wool blanket", 2, Money.of(129_900, "NOK"), 2500, true, 1400),
                new NewOrderLine(7, "BOOK-001", "Northern Lights Cookbook", 1, Money.of(14_900, "NOK"), 0, false, 0)),
                Currency.getInstance("NOK"), "NO", Locale.forLanguageTag("nb"), "invoice",
                new Buyer("Kari", "Nordmann", "kari@example.com", "+4791234567"),
                new DeliveryAddress("Storgata 1", "Leilighet H0301", "0155", "Oslo", "NO"),
                new ShippingLine("home-delivery", "HOME_DELIVERY", "POSTEN", "Hjemlevering (Posten)", 14_900L, 2500),
                "shopper");

        PlacedOrder placed = orders().place(newOrder);
        OrderView order = orders().find(placed.id()).orElseThrow();

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(order.itemsTotal()).isEqualTo(Money.of(274_700, "NOK"));
        assertThat(order.shippingTotal()).isEqualTo(Money.of(14_900, "NOK"));
        assertThat(order.total()).isEqualTo(Money.of(289_600, "NOK")).isEqualTo(placed.total());
        // 25 % VAT inside 2 598,00 and 149,00; none on the e-book.
        assertThat(order.vatTotal()).isEqualTo(Money.of(51_960 + 2_980, "NOK"));
        assertThat(order.lines()).extracting(OrderLineView::name, OrderLineView::quantity, OrderLineView::ships)
                .containsExactly(tuple("Fjord wool blanket", 2, true),
                        tuple("Northern Lights Cookbook", 1, false));
        assertThat(order.buyer()).isEqualTo(newOrder.buyer());
        assertThat(order.deliveryAddress()).isEqualTo(newOrder.deliveryAddress());
        assertThat(order.shipping()).isEqualTo(newOrder.shipping());
        assertThat(order.language()).isEqualTo("nb");
        assertThat(order.history()).singleElement().satisfies(entry -> {
            assertThat(entry.fromStatus()).isNull();
            assertThat(entry.toStatus()).isEqualTo(OrderStatus.PENDING_PAYMENT);
            assertThat(entry.changedBy()).isEqualTo("shopper");
        });
        assertThat(orders().findForBuyer(placed.id(), placed.token())).isPresent();
        String token = placed.token();
        String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertThat(orders().findForBuyer(placed.id(), tampered)).isEmpty();
    }

    @Test
    default void anExpressOrderGetsItsBuyerAndDeliveryLaterAndItsTotalFollows() {
        NewOrder express = new NewOrder(List.of(
                new NewOrderLine(2, "HOME-002", "Enamel camping mug", 1, Money.of(24_900, "NOK"), 2500, true, 350)),
                Currency.getInstance("NOK"), "NO", Locale.ENGLISH, "vipps", null, null, null, "shopper");
        long id = orders().place(express).id();
        assertThat(orders().find(id).orElseThrow().total()).isEqualTo(Money.of(24_900, "NOK"));

        orders().attachBuyer(id, new Buyer("Ola", "Nordmann", "ola@example.com", "4798765432"));
        OrderView withDelivery = orders().attachDelivery(id, new DeliveryAddress("Bryggen 3", null, "5003", "Bergen", "NO"),
                new ShippingLine("mailbox", "MAILBOX", "POSTEN", "In your mailbox (Posten)", 6_900L, 2500));

        assertThat(withDelivery.total()).isEqualTo(Money.of(31_800, "NOK"));
        assertThat(withDelivery.vatTotal()).isEqualTo(Money.of(4_980 + 1_380, "NOK"));
        assertThat(orders().find(id).orElseThrow().buyer().email()).isEqualTo("ola@example.com");

        orders().changeStatus(id, OrderStatus.PROCESSING, "payment:vipps", null);
        assertThatThrownBy(() -> orders().attachBuyer(id, new Buyer("X", "Y", "x@example.com", "4790000000")))
                .isInstanceOf(ConcurrentOrderChange.class);
    }

    @Test
    default void anOrderWithNothingToShipKeepsTheBuyersOwnAddressButAnOrderThatShipsDoesNot() {
        long download = orders().place(new NewOrder(List.of(
                new NewOrderLine(7, "BOOK-001", "Northern Lights Cookbook", 1, Money.of(14_900, "NOK"), 0, false, 0)),
                Currency.getInstance("NOK"), "NO", Locale.ENGLISH, "vipps", null, null, null, "shopper")).id();
        long shipped = orders().place(new NewOrder(List.of(
                new NewOrderLine(2, "HOME-002", "Enamel camping mug", 1, Money.of(24_900, "NOK"), 2500, true, 350)),
                Currency.getInstance("NOK"), "NO", Locale.ENGLISH, "vipps", null, null, null, "shopper")).id();
        Buyer ola = new Buyer("Ola", "Nordmann", "ola@example.com", "4798765432");
        BuyerAddress home = new BuyerAddress("Storgata 1", "Leilighet H0301", "0155", "Oslo", "NO");

        orders().attachBuyer(download, ola, home);

        OrderView stored = orders().find(download).orElseThrow();
        assertThat(stored.buyerAddress()).isEqualTo(home);
        assertThat(stored.deliveryAddress()).isNull();
        assertThat(stored.total()).isEqualTo(Money.of(14_900, "NOK"));
        assertThatThrownBy(() -> orders().attachBuyer(shipped, ola, home))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(orders().find(shipped).orElseThrow().buyer()).isNull();
    }

    @Test
    default void concurrentReportsOfTheSameOutcomeChangeTheOrderExactlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                long id = orders().place(new NewOrder(List.of(
                        new NewOrderLine(3, "HOME-003", "Cheese slicer", 1, Money.of(19_900, "NOK"), 2500, true, 150)),
                        Currency.getInstance("NOK"), "NO", Locale.ENGLISH, "vipps", null, null, null, "shopper")).id();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> reports = new ArrayList<>();
                for (int reporter = 0; reporter < 4; reporter++) {
                    String actor = "reporter-" + reporter;
                    reports.add(pool.submit(() -> {
                        start.await();
                        return orders().changeStatus(id, OrderStatus.PROCESSING, actor, null);
                    }));
                }
                start.countDown();
                int applied = 0;
                for (Future<Boolean> report : reports) {
                    applied += report.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }

                assertThat(applied).as("reports that changed order %d", id).isEqualTo(1);
                assertThat(orders().find(id).orElseThrow().history()).extracting(StatusChangeView::toStatus)
                        .containsExactly(OrderStatus.PENDING_PAYMENT, OrderStatus.PROCESSING);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    default void abandonedCartsAreDeletedWithTheirLines() {
        String kept = carts().add(null, productId("wool-mittens"), 1);
        String abandoned = carts().add(null, productId("enamel-mug"), 2);
        jdbc().update("update cart set updated_at = ? where token = ?", Timestamp.from(Instant.parse("2001-01-01T00:00:00Z")),
                abandoned);

        int deleted = carts().deleteUntouchedSince(Instant.parse("2002-01-01T00:00:00Z"));

        assertThat(deleted).isEqualTo(1);
        assertThat(carts().view(abandoned, Locale.ENGLISH).isEmpty()).isTrue();
        assertThat(carts().view(kept, Locale.ENGLISH).itemCount()).isEqualTo(1);
        assertThat(jdbc().queryForObject("select count(*) from cart_line l left join cart c on c.id = l.cart_id "
                + "where c.id is null", Long.class)).isZero();
    }

    private long productId(String slug) {
        return jdbc().queryForObject("select id from product where slug = ?", Long.class, slug);
    }
}
