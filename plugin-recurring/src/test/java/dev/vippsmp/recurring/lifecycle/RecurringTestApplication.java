package dev.vippsmp.recurring.lifecycle;

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
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** A minimal host: the core's client and settings, and a shop that keeps its subscription orders and outcomes. */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {"dev.vippsmp.core.autoconfigure.VippsPaymentAutoConfiguration",
        "dev.vippsmp.core.autoconfigure.VippsSchedulingAutoConfiguration"})
public class RecurringTestApplication {

    @Bean
    TestShop testShop() {
        return new TestShop();
    }

    /** The shop's side: orders made by the test, outcomes as told. */
    public static final class TestShop implements SubscriptionShop {

        final Map<String, SubscriptionOrder> orders = new ConcurrentHashMap<>();
        final List<SubscriptionOutcome> outcomes = new CopyOnWriteArrayList<>();

        SubscriptionOrder order(String orderId, long price, boolean ships) {
            SubscriptionOrder order = new SubscriptionOrder(orderId, "customer-1",
                    new SubscriptionProduct("coffee", "Coffee club", price, "NOK", IntervalUnit.MONTH, 1, ships),
                    Locale.forLanguageTag("nb-NO"), null, "/account/subscriptions");
            orders.put(orderId, order);
            return order;
        }

        @Override
        public Optional<SubscriptionOrder> findSubscriptionOrder(String orderId) {
            return Optional.ofNullable(orders.get(orderId));
        }

        @Override
        public void applyOutcome(SubscriptionOutcome outcome) {
            outcomes.add(outcome);
        }
    }
}
