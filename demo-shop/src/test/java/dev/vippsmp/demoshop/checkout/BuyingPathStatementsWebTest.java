package dev.vippsmp.demoshop.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.core.spi.VippsShop;
import dev.vippsmp.demoshop.cart.CartCookie;
import dev.vippsmp.demoshop.order.OrderService;
import dev.vippsmp.demoshop.order.OrderStatus;
import dev.vippsmp.demoshop.testing.ShopApplicationTest;
import dev.vippsmp.demoshop.testing.ShopClient;
import dev.vippsmp.demoshop.testing.ShopClient.Response;
import dev.vippsmp.demoshop.testing.ShopStatements;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What each page on the way to an order costs the shop's database, in statements: the cart's page and the checkout
 * page read the cart with its lines once (the products come from the catalogue in memory, the header's count from
 * the cart already read), placing an order writes it and reads nothing twice, and the buyer's page of an order is
 * one read, as is the payment's read of it; applying the payment's outcome reads the order once. A change that adds
 * a statement to any of these fails here.
 */
@TestPropertySource(properties = ShopStatements.PROPERTY)
class BuyingPathStatementsWebTest extends ShopApplicationTest {

    @Autowired
    private VippsShop shop;
    @Autowired
    private OrderService orders;
    @Autowired
    private PlatformTransactionManager transactionManager;

    private ShopClient visitor;

    @BeforeEach
    void aCartWithSomethingThatShipsAndSomethingThatDoesNot() {
        visitor = newVisitor();
        visitor.addToCart("wool-blanket", 1);
        visitor.addToCart("northern-lights-cookbook", 2);
        // The catalogue's first read after start is not any page's cost.
        visitor.get("/");
    }

    @Test
    void theCatalogueAndAProductPageReadNoProducts() {
        List<String> catalogue = ShopStatements.during(() -> assertOk(visitor.get("/")));
        List<String> product = ShopStatements.during(() -> assertOk(visitor.get("/products/wool-blanket")));

        assertThat(catalogue).noneMatch(sql -> sql.contains(" from product"))
                .anyMatch(sql -> sql.contains("cart_line"));
        // The header's item count is all a product page reads.
        assertThat(product).singleElement().asString().contains("cart_line");
        assertThat(ShopStatements.during(() -> assertOk(newVisitor().get("/products/wool-blanket")))).isEmpty();
    }

    @Test
    void theCartPageReadsTheCartOnce() {
        Response[] page = new Response[1];
        List<String> statements = ShopStatements.during(() -> page[0] = visitor.get("/cart"));

        assertOk(page[0]);
        assertThat(page[0].html().select("tr[data-line]")).hasSize(2);
        assertThat(page[0].text(".cart-link .badge")).isEqualTo("3");
        assertThat(statements).singleElement().asString().contains("cart", "cart_line");
    }

    @Test
    void theCheckoutPageReadsTheCartOnce() {
        Response[] page = new Response[1];
        List<String> statements = ShopStatements.during(() -> page[0] = visitor.get("/checkout"));

        assertOk(page[0]);
        assertThat(page[0].text(".cart-link .badge")).isEqualTo("3");
        assertThat(statements).singleElement().asString().contains("cart", "cart_line");
    }

    @Test
    void placingAnOrderReadsTheCartAndTheOrderOnceEach() {
        Map<String, String> form = visitor.validCheckoutForm();
        Response[] placed = new Response[1];
        List<String> statements = ShopStatements.during(() -> placed[0] = visitor.post("/checkout", form));

        assertThat(placed[0].status()).isEqualTo(302);
        assertThat(placed[0].location()).contains("/orders/");
        // The cart; the order, its two lines and its first status; on invoice the order with its lines again, to
        // move it on, with the change and the new version; the cart deleted with its lines.
        assertThat(statements).hasSize(9);
        assertThat(statements.stream().filter(sql -> sql.startsWith("select"))).hasSize(2);
        assertThat(statements.get(statements.size() - 1)).startsWith("delete from cart");
    }

    @Test
    void theBuyersOrderPageIsOneRead() {
        Response placed = visitor.post("/checkout", visitor.validCheckoutForm());
        String path = placed.location().substring(placed.location().indexOf("/orders/"));

        Response[] page = new Response[1];
        List<String> statements = ShopStatements.during(() -> page[0] = newVisitor().get(path));

        assertOk(page[0]);
        assertThat(page[0].html().select("tbody tr")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(statements).singleElement().asString().contains("shop_order", "order_line");
    }

    @Test
    void thePaymentReadsAnOrderOnceAndMovesItWithoutReadingItAgain() {
        String orderId = shop.createOrderFromCart(visitor.cookie(CartCookie.NAME).orElseThrow());
        long total = orders.find(Long.parseLong(orderId)).orElseThrow().total().minor();

        List<String> read = ShopStatements.during(() -> assertThat(shop.findOrder(orderId)).isPresent());
        // As the plugin applies an outcome: inside its own transaction on the shop's data source.
        List<String> applied = ShopStatements.during(() -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> shop.applyOutcome(new PaymentOutcome(orderId,
                        "fjellbu-" + orderId + "-1", PaymentOutcome.Kind.AUTHORIZED, total, 0, 0, 0, "NOK", null))));

        assertThat(orders.find(Long.parseLong(orderId)).orElseThrow().status())
                .isNotEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(read).singleElement().asString().contains("shop_order", "order_line");
        // The order with its lines; the new entry of its history and its new status and version.
        assertThat(applied).hasSize(3);
        assertThat(applied.get(0)).startsWith("select").contains("order_line");
        assertThat(applied.subList(1, 3)).noneMatch(sql -> sql.startsWith("select"));
    }

    private static void assertOk(Response response) {
        assertThat(response.status()).isEqualTo(200);
    }
}
