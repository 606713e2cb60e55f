package dev.vippsmp.simulator.ordermanagement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrderManagementTest {

    static final String RECEIPT = """
            {"orderLines":[
              {"name":"Socks","id":"socks-1","totalAmount":1000,"totalAmountExcludingTax":800,"totalTaxAmount":200,
               "taxRate":2500,"unitInfo":{"unitPrice":500,"quantity":"2","quantityUnit":"PCS"},"isShipping":false},
              {"name":"Shipping","id":"shipping","totalAmount":500,"totalAmountExcludingTax":400,"totalTaxAmount":100,
               "taxPercentage":25,"isShipping":true}],
             "bottomLine":{"currency":"NOK","posId":"web","receiptNumber":"1001"}}""";

    private final Api api = new Api(Simulators.standard().baseUrl());

    @BeforeEach
    void reset() {
        TestPayments.reset(api);
    }

    private Api.Response send(String method, String path, String json) {
        return api.call(method, path).json(json).send();
    }

    @Test
    void orderLinesAndTheLatestCategoryCanBeReadBack() {
        String reference = TestPayments.createAuthorized(api, 1500);

        Api.Response added = send("POST", "/order-management/v2/ECOM/receipts/" + reference, RECEIPT);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(send("PUT", "/order-management/v2/ECOM/categories/" + reference,
                "{\"category\":\"ORDER_CONFIRMATION\",\"orderDetailsUrl\":\"https://shop.example.com/o/1\"}").status())
                .isEqualTo(200);
        assertThat(send("PUT", "/order-management/v2/ECOM/categories/" + reference,
                "{\"category\":\"DELIVERY\",\"orderDetailsUrl\":\"https://shop.example.com/o/1\",\"imageId\":\"logo-1\"}")
                .status()).isEqualTo(200);

        JsonNode order = api.get("/order-management/v2/ECOM/" + reference).json();
        assertThat(order.get("category").get("category").asString()).isEqualTo("DELIVERY");
        assertThat(order.get("receipt")).isEqualTo(Api.JSON.readTree(RECEIPT));
    }

    @Test
    void aReceiptCannotBeChangedIncludingOneGivenWithThePayment() {
        String reference = TestPayments.create(api, 1500);
        send("POST", "/order-management/v2/ECOM/receipts/" + reference, RECEIPT);
        assertThat(send("POST", "/order-management/v2/ECOM/receipts/" + reference, RECEIPT).status()).isEqualTo(409);

        String withReceipt = TestPayments.reference();
        api.post("/epayment/v1/payments", TestPayments.body(withReceipt, "NOK", 1500)
                .replace("\"userFlow\"", "\"receipt\":" + RECEIPT + ",\"userFlow\""));
        assertThat(api.get("/order-management/v2/ECOM/" + withReceipt).json().get("receipt").get("orderLines"))
                .hasSize(2);
        Api.Response conflict = send("POST", "/order-management/v2/ECOM/receipts/" + withReceipt, RECEIPT);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void mistakesGetOrderManagementsErrorShape() {
        String reference = TestPayments.create(api, 1500);

        Api.Response invalid = send("PUT", "/order-management/v2/ECOM/categories/" + reference,
                "{\"category\":\"GIFT\",\"orderDetailsUrl\":\"https://shop.example.com\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).isEqualTo("application/json");
        assertThat(invalid.json().get("title").asString()).isNotBlank();
        assertThat(invalid.json().get("detail").asString()).isNotBlank();
        assertThat(invalid.json().get("instance").asString()).isNotBlank();
        assertThat(invalid.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("category");

        assertThat(send("POST", "/order-management/v2/ECOM/receipts/" + reference,
                RECEIPT.replace("\"taxRate\":2500,", "")).status()).isEqualTo(400);
        assertThat(send("POST", "/order-management/v2/ECOM/receipts/" + reference, "{\"orderLines\":[]}").status())
                .isEqualTo(400);
        assertThat(send("POST", "/order-management/v2/ECOM/receipts/" + reference,
                RECEIPT.replace("\"quantity\":\"2\"", "\"quantity\":\"two\"")).status()).isEqualTo(400);
        assertThat(send("POST", "/order-management/v2/SHOP/receipts/" + reference, RECEIPT).status()).isEqualTo(400);
        assertThat(send("POST", "/order-management/v2/ECOM/receipts/unknown-order", RECEIPT).status()).isEqualTo(404);
        assertThat(api.get("/order-management/v2/ECOM/unknown-order").status()).isEqualTo(404);
        assertThat(api.call("GET", "/order-management/v2/ECOM/" + reference).without("Merchant-Serial-Number").send()
                .status()).isEqualTo(400);
    }
}
