package dev.vippsmp.demoshop.order;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.demoshop.testing.ShopApplicationTest;
import dev.vippsmp.demoshop.testing.ShopClient;
import dev.vippsmp.demoshop.testing.ShopClient.Response;
import java.net.URLEncoder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A buyer's order page opens only with the token from the buyer's own link; anything else looks like no order. */
class OrderPageAccessWebTest extends ShopApplicationTest {

    private String orderPath;
    private long orderId;
    private String token;

    @BeforeEach
    void placeAnOrder() {
        ShopClient.OrderLink order = newVisitor().buy("northern-lights-cookbook");
        orderPath = order.path();
        orderId = order.id();
        token = order.token();
    }

    @Test
    void theBuyersLinkOpensTheOrder() {
        Response response = newVisitor().get(orderPath);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("h1")).isEqualTo("Order " + orderId);
        assertThat(response.text("#order-status")).isEqualTo("Processing");
    }

    @ParameterizedTest(name = "token \"{0}\"")
    @ValueSource(strings = {"", "x", "' or 1=1 --", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void aWrongTokenIsNotFound(String wrong) {
        Response response = newVisitor().get("/orders/" + orderId + "?token=" + URLEncoder.encode(wrong, UTF_8));

        assertNotFound(response);
    }

    @Test
    void aTokenWithOneCharacterChangedIsNotFound() {
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertNotFound(newVisitor().get("/orders/" + orderId + "?token=" + tampered));
    }

    @Test
    void theRightTokenOnAnotherOrderNumberIsNotFound() {
        assertNotFound(newVisitor().get("/orders/" + (orderId + 1) + "?token=" + token));
        assertNotFound(newVisitor().get("/orders/" + (orderId - 1) + "?token=" + token));
    }

    @Test
    void noTokenIsNotFoundAndAnOrderNumberThatIsNotANumberIsABadRequest() {
        assertNotFound(newVisitor().get("/orders/" + orderId));
        assertThat(newVisitor().get("/orders/abc?token=" + token).status()).isEqualTo(400);
    }

    private static void assertNotFound(Response response) {
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text("h1")).startsWith("We could not find that order.");
        assertThat(response.body()).doesNotContain("kari.nordmann@example.com");
    }
}
