package dev.vippsmp.testplugin;

import dev.vippsmp.demoshop.admin.AdminNavigationItem;
import dev.vippsmp.demoshop.money.Money;
import dev.vippsmp.demoshop.payment.PaymentContext;
import dev.vippsmp.demoshop.payment.PaymentMethod;
import dev.vippsmp.demoshop.payment.PaymentRequest;
import dev.vippsmp.demoshop.payment.PaymentStart;
import dev.vippsmp.demoshop.payment.PaymentStartException;
import dev.vippsmp.demoshop.storefront.StorefrontFragment;
import dev.vippsmp.demoshop.storefront.StorefrontSlot;
import java.net.URI;
import java.util.Locale;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;

/**
 * What a payment plugin adds to the shop, in miniature and in a package of its own (the shop does not scan it): two payment methods (one redirects to a wallet, one always
 * fails to start), "Buy now" fragments for the product and cart pages, a stylesheet in the head, an admin page with
 * its menu entry, and a listener for order events. Tests importing it prove the shop's extension points work.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestPluginAdminController.class)
public class TestPluginConfiguration {

    public static final String WALLET_URL = "https://wallet.example/pay/";

    @Bean
    @Order(10)
    PaymentMethod testWallet() {
        return new TestMethod("test-wallet", "Test wallet") {
            @Override
            public boolean isAvailable(PaymentContext context) {
                // Like a wallet with a minimum amount: not offered below NOK 100.
                return context.total().isAtLeast(Money.of(10_000, "NOK"));
            }

            @Override
            public PaymentStart start(PaymentRequest request) {
                return PaymentStart.redirect(URI.create(WALLET_URL + request.orderId()
                        + "?returnTo=" + request.orderPageUrl()));
            }
        };
    }

    @Bean
    @Order(20)
    PaymentMethod brokenWallet() {
        return new TestMethod("broken-wallet", "Broken wallet") {
            @Override
            public PaymentStart start(PaymentRequest request) {
                throw new PaymentStartException("The wallet's API answered 503");
            }
        };
    }

    @Bean
    StorefrontFragment productBuyNow() {
        return fragment(StorefrontSlot.PRODUCT_BUY_NOW, "product-button");
    }

    @Bean
    StorefrontFragment cartBuyNow() {
        return fragment(StorefrontSlot.CART_BUY_NOW, "cart-button");
    }

    @Bean
    StorefrontFragment headStylesheet() {
        return fragment(StorefrontSlot.HEAD, "head-tags");
    }

    @Bean
    AdminNavigationItem testPluginMenuEntry() {
        return new AdminNavigationItem() {
            @Override
            public String path() {
                return "/admin/test-plugin";
            }

            @Override
            public String label(Locale locale) {
                return "Test plugin";
            }
        };
    }

    @Bean
    OrderEventRecorder orderEventRecorder() {
        return new OrderEventRecorder();
    }

    private static StorefrontFragment fragment(StorefrontSlot slot, String name) {
        return new StorefrontFragment() {
            @Override
            public StorefrontSlot slot() {
                return slot;
            }

            @Override
            public String template() {
                return "testplugin/fragments";
            }

            @Override
            public String fragment() {
                return name;
            }
        };
    }

    private abstract static class TestMethod implements PaymentMethod {

        private final String id;
        private final String label;

        TestMethod(String id, String label) {
            this.id = id;
            this.label = label;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String label(Locale locale) {
            return label;
        }

        @Override
        public boolean isAvailable(PaymentContext context) {
            return true;
        }
    }
}
