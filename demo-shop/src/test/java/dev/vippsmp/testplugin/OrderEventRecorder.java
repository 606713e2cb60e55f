package dev.vippsmp.testplugin;

import dev.vippsmp.demoshop.order.OrderPlaced;
import dev.vippsmp.demoshop.order.OrderStatusChanged;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.transaction.event.TransactionalEventListener;

/** Listens to order events the way a plugin's capture-on-ship would, and remembers them. */
public class OrderEventRecorder {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(OrderStatusChanged event) {
        events.add(event);
    }

    @TransactionalEventListener
    void on(OrderPlaced event) {
        events.add(event);
    }

    public List<OrderStatusChanged> statusChangesOf(long orderId) {
        return events.stream()
                .filter(OrderStatusChanged.class::isInstance)
                .map(OrderStatusChanged.class::cast)
                .filter(event -> event.orderId() == orderId)
                .toList();
    }

    public List<OrderPlaced> placingsOf(long orderId) {
        return events.stream()
                .filter(OrderPlaced.class::isInstance)
                .map(OrderPlaced.class::cast)
                .filter(event -> event.orderId() == orderId)
                .toList();
    }
}
