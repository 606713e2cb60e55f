package dev.vippsmp.demoshop.order;

/** No order has that number. */
public class OrderNotFound extends RuntimeException {

    public OrderNotFound(long orderId) {
        super("No order " + orderId);
    }
}
