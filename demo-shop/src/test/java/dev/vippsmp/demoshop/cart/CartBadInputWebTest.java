package dev.vippsmp.demoshop.cart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.demoshop.testing.ShopApplicationTest;
import dev.vippsmp.demoshop.testing.ShopClient;
import dev.vippsmp.demoshop.testing.ShopClient.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every refused cart request answers a clear 4xx page and leaves the database as it was. */
class CartBadInputWebTest extends ShopApplicationTest {

    @Test
    void anUnknownProductPageIsANotFoundPage() {
        Response response = newVisitor().get("/products/no-such-product");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text("h1")).isEqualTo("We could not find that product. It may no longer be for sale.");
    }

    @ParameterizedTest(name = "quantity \"{0}\"")
    @ValueSource(strings = {"0", "-1", "-2147483648", "100", "2147483647", "99999999999999999999", "1.5", "abc"})
    void aQuantityOutsideOneToNinetyNineIsRefusedAndNothingIsWritten(String quantity) {
        ShopClient visitor = newVisitor();
        WrittenRows before = writtenRows();

        Response response = addToCart(visitor, "enamel-mug", quantity);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("h1")).isIn(
                "The quantity must be a whole number from 1 to 99.",
                "Some of what was sent is not valid. Please go back and try again.");
        assertThat(writtenRows()).isEqualTo(before);
        assertThat(visitor.cookie(CartCookie.NAME)).isEmpty();
    }

    @Test
    void addingMoreThanNinetyNineOfOneProductInStepsIsRefusedWithoutChangingTheCart() {
        ShopClient visitor = newVisitor();
        assertThat(addToCart(visitor, "enamel-mug", "60").status()).isEqualTo(302);
        WrittenRows before = writtenRows();

        Response response = addToCart(visitor, "enamel-mug", "40");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("h1")).isEqualTo("You can buy at most 99 of one product.");
        assertThat(writtenRows()).isEqualTo(before);
    }

    @Test
    void anUnknownProductIdIsRefusedAndNothingIsWritten() {
        ShopClient visitor = newVisitor();
        WrittenRows before = writtenRows();

        Response response = visitor.postFrom("/products/enamel-mug", "/cart/add",
                Map.of("productId", "987654", "quantity", "1"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(writtenRows()).isEqualTo(before);
    }

    @Test
    void aPriceSentAlongIsIgnoredTheCartIsPricedFromTheCatalogue() {
        ShopClient visitor = newVisitor();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("productId", productId("waffle-iron"));
        form.put("quantity", "1");
        form.put("price", "1");
        form.put("unitPrice", "1");

        assertThat(visitor.postFrom("/products/waffle-iron", "/cart/add", form).status()).isEqualTo(302);

        assertThat(visitor.get("/cart").text(".cart-total")).isEqualTo("NOK 899.00");
        assertThat(visitor.validCheckoutForm()).containsEntry("expectedTotal", "89900");
    }

    @Test
    void aRequestWithoutItsCsrfTokenIsForbiddenAndNothingIsWritten() {
        ShopClient visitor = newVisitor();
        visitor.get("/products/enamel-mug");
        WrittenRows before = writtenRows();

        Response response = visitor.post("/cart/add", Map.of("productId", productId("enamel-mug"), "quantity", "1"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text("h1")).startsWith("This request was refused.");
        assertThat(writtenRows()).isEqualTo(before);
    }

    @Test
    void aForgedCsrfTokenIsForbiddenToo() {
        ShopClient visitor = newVisitor();
        visitor.get("/products/enamel-mug");
        WrittenRows before = writtenRows();

        Response response = visitor.post("/cart/add", Map.of("_csrf", "forged-token-value",
                "productId", productId("enamel-mug"), "quantity", "1"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(writtenRows()).isEqualTo(before);
    }

    @Test
    void changingOrRemovingALineOfAnotherCartIsNotFound() {
        ShopClient owner = newVisitor();
        addToCart(owner, "cheese-slicer", "1");
        String lineId = owner.get("/cart").html().selectFirst("tr[data-line]").attr("data-line");
        ShopClient stranger = newVisitor();
        addToCart(stranger, "enamel-mug", "1");
        WrittenRows before = writtenRows();

        Response change = stranger.postFrom("/cart", "/cart/lines/" + lineId, Map.of("quantity", "5"));
        Response remove = stranger.postFrom("/cart", "/cart/lines/" + lineId + "/remove", Map.of());

        assertThat(change.status()).isEqualTo(404);
        assertThat(remove.status()).isEqualTo(404);
        assertThat(writtenRows()).isEqualTo(before);
    }

    @ParameterizedTest(name = "quantity \"{0}\"")
    @ValueSource(strings = {"0", "-3", "100", "x"})
    void changingALineToAQuantityOutsideOneToNinetyNineIsRefused(String quantity) {
        ShopClient visitor = newVisitor();
        addToCart(visitor, "cheese-slicer", "2");
        String lineId = visitor.get("/cart").html().selectFirst("tr[data-line]").attr("data-line");
        WrittenRows before = writtenRows();

        Response response = visitor.postFrom("/cart", "/cart/lines/" + lineId, Map.of("quantity", quantity));

        assertThat(response.status()).isEqualTo(400);
        assertThat(writtenRows()).isEqualTo(before);
    }

    @Test
    void aShopperChangesAndRemovesLinesOfTheirOwnCart() {
        ShopClient visitor = newVisitor();
        addToCart(visitor, "cheese-slicer", "2");
        addToCart(visitor, "enamel-mug", "1");
        String slicerLine = visitor.get("/cart").html().selectFirst("tr[data-line]").attr("data-line");

        assertThat(visitor.postFrom("/cart", "/cart/lines/" + slicerLine, Map.of("quantity", "3")).status())
                .isEqualTo(302);
        assertThat(visitor.get("/cart").text(".cart-total")).isEqualTo("NOK 846.00");
        assertThat(visitor.postFrom("/cart", "/cart/lines/" + slicerLine + "/remove", Map.of()).status())
                .isEqualTo(302);
        assertThat(visitor.get("/cart").text(".cart-total")).isEqualTo("NOK 249.00");
    }

    private Response addToCart(ShopClient visitor, String slug, String quantity) {
        return visitor.postFrom("/products/" + slug, "/cart/add", Map.of("productId", productId(slug), "quantity", quantity));
    }

    private String productId(String slug) {
        return String.valueOf(jdbc.queryForObject("select id from product where slug = ?", Long.class, slug));
    }
}
