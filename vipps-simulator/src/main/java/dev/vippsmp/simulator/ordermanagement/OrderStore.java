package dev.vippsmp.simulator.ordermanagement;

import dev.vippsmp.simulator.config.Resettable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Receipts and categories sent to Order Management, by MSN, payment type and order id. */
@Component
class OrderStore implements Resettable {

    private final Map<String, JsonNode> receipts = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> categories = new ConcurrentHashMap<>();

    /** False when the order already has a receipt: receipts cannot be changed. */
    boolean addReceipt(String msn, String paymentType, String orderId, JsonNode receipt) {
        return receipts.putIfAbsent(key(msn, paymentType, orderId), receipt) == null;
    }

    void putCategory(String msn, String paymentType, String orderId, JsonNode category) {
        categories.put(key(msn, paymentType, orderId), category);
    }

    Optional<JsonNode> receipt(String msn, String paymentType, String orderId) {
        return Optional.ofNullable(receipts.get(key(msn, paymentType, orderId)));
    }

    Optional<JsonNode> category(String msn, String paymentType, String orderId) {
        return Optional.ofNullable(categories.get(key(msn, paymentType, orderId)));
    }

    @Override
    public void reset() {
        receipts.clear();
        categories.clear();
    }

    private static String key(String msn, String paymentType, String orderId) {
        return msn + "/" + paymentType + "/" + orderId;
    }
}
