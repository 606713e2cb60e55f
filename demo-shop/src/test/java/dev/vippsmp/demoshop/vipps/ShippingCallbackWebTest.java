package dev.vippsmp.demoshop.vipps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.payment.Initiation;
import dev.vippsmp.core.payment.Payments;
import dev.vippsmp.demoshop.cart.CartCookie;
import dev.vippsmp.demoshop.testing.ShopClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import dev.vippsmp.core.spi.VippsShop;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Express shipping callback as the vendor calls it: the token sent with the payment opens it (a missing,
 * wrong or another payment's token is 401), a malformed body or address is 400, an address the shop does not
 * deliver to is 400, and a good one gets the shop's own options for it. No answer writes anything.
 */
class ShippingCallbackWebTest extends SandboxWebTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private Payments payments;
    @Autowired
    private VippsShop shop;

    private String reference;
    private String token;

    @BeforeEach
    void anExpressPaymentWaitingForTheBuyer() {
        reference = expressPayment("cheese-slicer");
        token = callbackToken(reference);
    }

    private String expressPayment(String slug) {
        ShopClient visitor = newVisitor();
        visitor.addToCart(slug, 1);
        Initiation initiation = payments.initiation().initiateExpress(shop.createOrderFromCart(visitor.cookie(CartCookie.NAME).orElseThrow()),
                baseUrl() + "/vipps/return/test", baseUrl() + "/vipps/express/shipping");
        return initiation.reference();
    }

    private String callbackToken(String reference) {
        return jdbc.queryForObject("select callback_token from vipps_payment where reference = ?", String.class,
                reference);
    }

    private static String address(String reference, String line1, String postCode, String city, String country) {
        return JSON.writeValueAsString(java.util.Map.of("Reference", reference, "AddressLine1", line1,
                "PostCode", postCode, "City", city, "Country", country));
    }

    private HttpResponse<String> call(String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/vipps/express/shipping"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything a callback could change: rows added anywhere, and the payment's order and the payment itself. */
    private List<Object> written() {
        String order = reference.split("-")[1];
        return List.of(rowCounts(),
                jdbc.queryForMap("select status, version, total_minor, shipping_method, buyer_email, delivery_street "
                        + "from shop_order where id = ?", Long.parseLong(order)),
                jdbc.queryForObject("select count(*) from order_status_change where order_id = ?", Long.class,
                        Long.parseLong(order)),
                // Not the version: the simulator's webhook for the payment's creation may be read meanwhile.
                jdbc.queryForMap("select status, amount_minor, shipping_minor, authorized_minor, told_outcome, "
                        + "flagged, callback_token from vipps_payment where reference = ?", reference));
    }

    @Test
    void theRightTokenAndADeliverableAddressGetTheShopsOptionsForIt() {
        List<Object> before = written();

        HttpResponse<String> answer = call(token, address(reference, "Storgata 1", "0155", "Oslo", "NO"));

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode groups = JSON.readTree(answer.body()).get("groups");
        assertThat(groups).extracting(group -> group.get("type").asString())
                .containsExactlyInAnyOrder("MAILBOX", "PICKUP_POINT", "HOME_DELIVERY");
        assertThat(groups).allSatisfy(group -> assertThat(group.get("brand").asString()).isEqualTo("POSTEN"));
        assertThat(groups.findValues("id")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("mailbox", "pickup-point", "home-delivery");
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void aMissingWrongOrOtherPaymentsTokenIsRefused() {
        String body = address(reference, "Storgata 1", "0155", "Oslo", "NO");
        String another = callbackToken(expressPayment("enamel-mug"));
        List<Object> before = written();

        assertThat(call(null, body).statusCode()).isEqualTo(401);
        assertThat(call("", body).statusCode()).isEqualTo(401);
        assertThat(call(token + "x", body).statusCode()).isEqualTo(401);
        assertThat(call(another, body).statusCode()).isEqualTo(401);
        assertThat(call(token, address("fjellbu-999999-1", "Storgata 1", "0155", "Oslo", "NO")).statusCode())
                .isEqualTo(401);
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void aMalformedBodyOrAddressIsRefusedAndWritesNothing() {
        List<Object> before = written();

        assertThat(call(token, "not json").statusCode()).isEqualTo(400);
        assertThat(call(token, "").statusCode()).isEqualTo(400);
        assertThat(call(token, "{\"Reference\":\"" + reference + "\"}").statusCode()).isEqualTo(400);
        assertThat(call(token, address(reference, "", "0155", "Oslo", "NO")).statusCode()).isEqualTo(400);
        assertThat(call(token, address(reference, "Storgata 1", "0155", "Oslo", "Norway")).statusCode())
                .isEqualTo(400);
        assertThat(call(token, address(reference, "Storgata 1", "<script>", "Oslo", "NO")).statusCode())
                .isEqualTo(400);
        assertThat(call(token, address(reference, "Storgata\u0000 1", "0155", "Oslo", "NO")).statusCode())
                .isEqualTo(400);
        assertThat(call(token, address(reference, "x".repeat(10_000), "0155", "Oslo", "NO")).statusCode())
                .isEqualTo(400);
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void anAddressTheShopDoesNotDeliverToIsAnsweredWith400() {
        List<Object> before = written();

        HttpResponse<String> answer = call(token, address(reference, "5th Avenue 1", "10001", "New York", "US"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("does not deliver");
        assertThat(written()).isEqualTo(before);
    }
}
