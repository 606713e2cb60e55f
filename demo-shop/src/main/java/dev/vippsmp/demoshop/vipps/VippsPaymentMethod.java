package dev.vippsmp.demoshop.vipps;

import dev.vippsmp.checkout.payment.CheckoutRequest;
import dev.vippsmp.checkout.payment.VippsCheckout;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.payment.PaymentOperationException;
import dev.vippsmp.demoshop.payment.PaymentContext;
import dev.vippsmp.demoshop.payment.PaymentMethod;
import dev.vippsmp.demoshop.payment.PaymentRequest;
import dev.vippsmp.demoshop.payment.PaymentStart;
import dev.vippsmp.demoshop.payment.PaymentStartException;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Vipps (Norway) or MobilePay (Denmark, Finland) at the shop's checkout, first among the payment methods: offered
 * when the plugin can take payments in the shop's currency; placing the order sends the buyer to the app, and the
 * plugin's return page, webhooks and polling move the order on.
 */
@Component
@Order(10)
class VippsPaymentMethod implements PaymentMethod {

    private final ObjectProvider<VippsCheckout> plugin;

    /**
     * The plugin is looked up when first used: it reaches the shop's checkout through the shop's adapter, and the
     * checkout lists this method, so neither can wait for the other to be built.
     */
    VippsPaymentMethod(ObjectProvider<VippsCheckout> plugin) {
        this.plugin = plugin;
    }

    @Override
    public String id() {
        return DemoShopVippsAdapter.METHOD_ID;
    }

    @Override
    public String label(Locale locale) {
        return plugin.getObject().label(locale);
    }

    @Override
    public String description(Locale locale) {
        return plugin.getObject().description(locale);
    }

    @Override
    public String logo() {
        return plugin.getObject().logoPath();
    }

    @Override
    public boolean isAvailable(PaymentContext context) {
        return plugin.getObject().offered(context.total().currencyCode(), context.total().minor());
    }

    @Override
    public PaymentStart start(PaymentRequest request) {
        try {
            return PaymentStart.redirect(plugin.getObject().start(new CheckoutRequest(String.valueOf(request.orderId()),
                    request.shopBaseUrl(), request.orderPageUrl(), request.buyerPhone())));
        } catch (PaymentOperationException | VippsApiException e) {
            throw new PaymentStartException("Vipps MobilePay did not start paying order " + request.orderId(), e);
        }
    }
}
