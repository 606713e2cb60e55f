package dev.vippsmp.demoshop.cart;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long carts live.
 *
 * @param lifetime how long an untouched cart is kept, in the database and in the shopper's cookie
 * @param cleanupCron when carts older than that are deleted (Spring cron syntax)
 */
@ConfigurationProperties("demo.cart")
public record CartProperties(@DefaultValue("30d") Duration lifetime,
                             @DefaultValue("0 17 3 * * *") String cleanupCron) {
}
