package dev.vippsmp.demoshop.order;

/** The order changed while someone else was looking at it, e.g. two admins moving it at the same time. */
public class ConcurrentOrderChange extends RuntimeException {

    public ConcurrentOrderChange(long orderId, String detail) {
        super("Order " + orderId + " changed meanwhile: " + detail);
    }
}
