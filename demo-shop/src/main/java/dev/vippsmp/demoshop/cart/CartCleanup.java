package dev.vippsmp.demoshop.cart;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes abandoned carts. Safe on several nodes at once: each runs the same idempotent delete.
 */
@Component
class CartCleanup {

    private static final Logger log = LoggerFactory.getLogger(CartCleanup.class);

    private final CartService carts;
    private final CartProperties properties;
    private final Clock clock;

    CartCleanup(CartService carts, CartProperties properties, Clock clock) {
        this.carts = carts;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${demo.cart.cleanup-cron:0 17 3 * * *}")
    void deleteAbandonedCarts() {
        int deleted = carts.deleteUntouchedSince(clock.instant().minus(properties.lifetime()));
        if (deleted > 0) {
            log.info("Deleted {} carts untouched for {}", deleted, properties.lifetime());
        }
    }
}
