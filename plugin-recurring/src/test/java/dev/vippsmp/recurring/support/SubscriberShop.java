package dev.vippsmp.recurring.support;

import dev.vippsmp.recurring.spi.IntervalUnit;
import dev.vippsmp.recurring.spi.SubscriptionOrder;
import dev.vippsmp.recurring.spi.SubscriptionOutcome;
import dev.vippsmp.recurring.spi.SubscriptionProduct;
import dev.vippsmp.recurring.spi.SubscriptionShop;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The shop's side of the tests (the SPI is the plugin's own seam): subscription orders whose price a test sets and
 * changes, and the outcomes it is told, recorded only when the plugin's transaction commits, as a shop writing to
 * the same database would see them.
 */
public final class SubscriberShop implements SubscriptionShop {

    public static final String CUSTOMER = "customer-charging";

    private final Map<String, SubscriptionOrder> orders = new ConcurrentHashMap<>();
    private final List<SubscriptionOutcome> outcomes = new CopyOnWriteArrayList<>();

    /** Adds (or, for an existing order, reprices) a subscription to one product at {@code price} per period. */
    public void order(String orderId, long price, IntervalUnit unit) {
        orders.put(orderId, new SubscriptionOrder(orderId, CUSTOMER,
                new SubscriptionProduct("box-" + unit, "Coffee box", price, "NOK", unit, 1, false),
                Locale.forLanguageTag("nb-NO"), null, "/account/subscriptions"));
    }

    public void reprice(String orderId, long price) {
        SubscriptionOrder order = orders.get(orderId);
        order(orderId, price, order.product().intervalUnit());
    }

    /** What the shop was told about the agreement, oldest first. */
    public List<SubscriptionOutcome> outcomes(String agreementId) {
        return outcomes.stream().filter(outcome -> outcome.agreementId().equals(agreementId)).toList();
    }

    /** What the shop was told about one period of the agreement. */
    public List<SubscriptionOutcome> outcomes(String agreementId, int period) {
        return outcomes(agreementId).stream().filter(outcome -> outcome.period() == period).toList();
    }

    @Override
    public Optional<SubscriptionOrder> findSubscriptionOrder(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    @Override
    public void applyOutcome(SubscriptionOutcome outcome) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            outcomes.add(outcome);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                outcomes.add(outcome);
            }
        });
    }
}
