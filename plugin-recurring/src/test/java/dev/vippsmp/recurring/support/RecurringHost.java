package dev.vippsmp.recurring.support;

import dev.vippsmp.testsupport.MutableClock;
import dev.vippsmp.core.spi.Address;
import dev.vippsmp.core.spi.BuyerDetails;
import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.core.spi.ShippingQuote;
import dev.vippsmp.core.spi.ShopOrder;
import dev.vippsmp.core.spi.VippsShop;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A host with the whole core (client, webhook inbox, background jobs' scheduler and lock) and subscriptions: a shop
 * that sells only subscriptions here, so its payment side knows no orders.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class RecurringHost {

    @Bean
    SubscriberShop subscriberShop() {
        return new SubscriberShop();
    }

    @Bean
    MutableClock clock() {
        return new MutableClock(Instant.now());
    }

    @Bean
    VippsShop noPayments() {
        return new VippsShop() {
            @Override
            public Optional<ShopOrder> findOrder(String orderId) {
                return Optional.empty();
            }

            @Override
            public void applyOutcome(PaymentOutcome outcome) {
                throw new IllegalStateException("These tests take no payments");
            }

            @Override
            public String createOrderFromCart(String cartId) {
                throw new IllegalStateException("These tests take no payments");
            }

            @Override
            public List<ShippingQuote> quoteShipping(String orderId, Address address) {
                return List.of();
            }

            @Override
            public void attachBuyer(String orderId, BuyerDetails buyer) {
                // Nothing to attach to.
            }
        };
    }
}
