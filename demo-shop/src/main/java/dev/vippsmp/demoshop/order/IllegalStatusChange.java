package dev.vippsmp.demoshop.order;

/** A status change that {@link OrderStatus#next} does not allow, such as shipping a cancelled order. */
public class IllegalStatusChange extends RuntimeException {

    private final OrderStatus from;
    private final OrderStatus to;

    public IllegalStatusChange(Long orderId, OrderStatus from, OrderStatus to) {
        super("Order " + orderId + " cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }
}
