package dev.vippsmp.recurring.admin;

import dev.vippsmp.core.spi.Address;
import dev.vippsmp.core.spi.BuyerDetails;
import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.core.spi.ShippingQuote;
import dev.vippsmp.core.spi.ShopOrder;
import dev.vippsmp.core.spi.VippsShop;
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
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A shop that sells subscriptions and has the plugin's admin, set up as plugin-admin's test host is: form login,
 * CSRF on, a chain that asks only for a login under {@code /admin}, so the admin's own authority check keeps a clerk
 * out. Users {@code admin} (ROLE_ADMIN) and {@code clerk} (ROLE_CLERK), password "password".
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = "dev.vippsmp.core.autoconfigure.VippsSchedulingAutoConfiguration")
public class AdminHost {

    @Bean
    Subscribers subscribers() {
        return new Subscribers();
    }

    @Bean
    VippsShop paymentsShop() {
        return new NoOrders();
    }

    @Bean
    SecurityFilterChain hostSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/admin/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("admin").password("{noop}password").roles("ADMIN").build(),
                User.withUsername("clerk").password("{noop}password").roles("CLERK").build());
    }

    /** The shop's subscription orders, made by the tests. */
    static final class Subscribers implements SubscriptionShop {

        private final Map<String, SubscriptionOrder> orders = new ConcurrentHashMap<>();

        void order(String orderId, String customerId, String productName, long price, IntervalUnit unit,
                int count) {
            orders.put(orderId, new SubscriptionOrder(orderId, customerId,
                    new SubscriptionProduct("product-" + orderId, productName, price, "NOK", unit, count, false),
                    Locale.forLanguageTag("nb-NO"), null, "/account/subscriptions"));
        }

        @Override
        public Optional<SubscriptionOrder> findSubscriptionOrder(String orderId) {
            return Optional.ofNullable(orders.get(orderId));
        }

        @Override
        public void applyOutcome(SubscriptionOutcome outcome) {
            // The admin's tests look at the plugin's records and the vendor's, not at what the shop does.
        }
    }

    /** The payments side, which the admin needs to be there; these tests take no one-off payments. */
    static final class NoOrders implements VippsShop {

        @Override
        public Optional<ShopOrder> findOrder(String orderId) {
            return Optional.empty();
        }

        @Override
        public void applyOutcome(PaymentOutcome outcome) {
            throw new IllegalStateException("No payments in these tests: " + outcome.orderId());
        }

        @Override
        public String createOrderFromCart(String cartId) {
            throw new IllegalArgumentException("This test shop has no carts");
        }

        @Override
        public List<ShippingQuote> quoteShipping(String orderId, Address address) {
            return List.of();
        }

        @Override
        public void attachBuyer(String orderId, BuyerDetails buyer) {
            // No express in these tests.
        }
    }
}
