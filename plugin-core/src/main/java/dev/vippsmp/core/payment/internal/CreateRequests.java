package dev.vippsmp.core.payment.internal;

import dev.vippsmp.core.client.epayment.Amount;
import dev.vippsmp.core.client.epayment.CreatePaymentRequest;
import dev.vippsmp.core.client.epayment.Customer;
import dev.vippsmp.core.client.epayment.DynamicShippingOptions;
import dev.vippsmp.core.client.epayment.PaymentMethod;
import dev.vippsmp.core.client.epayment.Profile;
import dev.vippsmp.core.client.epayment.Shipping;
import dev.vippsmp.core.client.epayment.ShippingGroup;
import dev.vippsmp.core.payment.PaymentFlow;
import dev.vippsmp.core.payment.PaymentOperationException;
import dev.vippsmp.core.settings.PluginSettings;
import dev.vippsmp.core.settings.ShippingMode;
import dev.vippsmp.core.spi.ShopOrder;
import dev.vippsmp.core.spi.VippsShop;
import java.util.List;
import java.util.Map;

/** Builds the create-payment body for an order: amount, receipt, scopes and, for Express, delivery. */
public final class CreateRequests {

    private CreateRequests() {
    }

    public static CreatePaymentRequest build(ShopOrder order, String reference, PaymentFlow flow, String returnUrl,
            String phoneNumber, String shippingCallbackUrl, String callbackToken, PluginSettings settings,
            VippsShop shop) {
        Profile profile = switch (flow) {
            case CHECKOUT -> null;
            case EXPRESS -> Profile.scope(Profile.EXPRESS_SCOPE);
            case PROFILE_SHARING -> Profile.scope(Profile.CONTACT_SCOPE);
            case PROFILE_WITH_ADDRESS -> Profile.scope(Profile.CONTACT_AND_ADDRESS_SCOPE);
        };
        Shipping shipping = flow == PaymentFlow.EXPRESS
                ? shipping(order, shippingCallbackUrl, callbackToken, settings, shop) : null;
        return new CreatePaymentRequest(new Amount(order.currency(), order.totalMinor()), PaymentMethod.wallet(),
                reference, CreatePaymentRequest.WEB_REDIRECT, returnUrl,
                phoneNumber == null || phoneNumber.isBlank() ? null : new Customer(phoneNumber), profile,
                PaymentDescriptions.of(order.id(), order.language()),
                settings.receipts() ? ReceiptBuilder.receipt(order, reference) : null,
                Map.of("orderId", order.id().length() > 500 ? order.id().substring(0, 500) : order.id()),
                shipping);
    }

    private static Shipping shipping(ShopOrder order, String callbackUrl, String callbackToken,
            PluginSettings settings, VippsShop shop) {
        if (settings.shippingMode() == ShippingMode.DYNAMIC && callbackUrl != null) {
            return Shipping.dynamic(new DynamicShippingOptions(callbackUrl, callbackToken));
        }
        List<ShippingGroup> groups = ShippingGroups.of(shop.quoteShipping(order.id(), null), order.currency());
        if (groups.isEmpty()) {
            throw new PaymentOperationException(PaymentOperationException.Reason.INVALID_REQUEST,
                    "Express needs at least one delivery option, and the shop quoted none for order " + order.id());
        }
        return Shipping.fixed(groups);
    }
}
