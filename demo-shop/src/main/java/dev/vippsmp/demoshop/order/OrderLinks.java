package dev.vippsmp.demoshop.order;

import org.springframework.web.util.UriComponentsBuilder;

/** The buyer's link to an order: its number and its secret token. */
public final class OrderLinks {

    private OrderLinks() {
    }

    public static String buyerPath(long orderId, String token) {
        return UriComponentsBuilder.fromPath("/orders/{id}").queryParam("token", token)
                .buildAndExpand(orderId).encode().toUriString();
    }
}
