package dev.vippsmp.checkout.payment;

import dev.vippsmp.checkout.brand.WalletBranding;
import dev.vippsmp.checkout.config.CheckoutUrls;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.payment.PaymentOperationException;
import dev.vippsmp.core.settings.Market;
import dev.vippsmp.core.settings.PluginSettings;
import dev.vippsmp.core.settings.SettingsService;
import java.net.URI;
import java.util.Locale;

/**
 * What a shop's payment method at checkout calls: whether Vipps MobilePay is offered for an order, its name,
 * description and logo in the buyer's language, and starting the payment of a placed order.
 */
public class VippsCheckout {

    private final SettingsService settings;
    private final PaymentStarts starts;
    private final WalletBranding branding;
    private final CheckoutUrls urls;

    public VippsCheckout(SettingsService settings, PaymentStarts starts, WalletBranding branding, CheckoutUrls urls) {
        this.settings = settings;
        this.starts = starts;
        this.branding = branding;
        this.urls = urls;
    }

    /**
     * Offered when the plugin is enabled with a complete key set, the order is in the one currency the sales
     * unit's market takes (NOK for Vipps, DKK or EUR for MobilePay) and the amount is within the vendor's limits.
     */
    public boolean offered(String currency, long totalMinor) {
        PluginSettings current = settings.current();
        return current.isUsable() && current.currency().equals(currency)
                && totalMinor >= current.market().minimumAmount() && totalMinor <= Market.MAXIMUM_AMOUNT;
    }

    /** "Vipps" or "MobilePay". */
    public String label(Locale locale) {
        return branding.name();
    }

    /** A line under the name: where the buyer confirms. */
    public String description(Locale locale) {
        return branding.text("vipps.payment.description", locale);
    }

    /** The brand's logo, a path on the shop's own static files (e.g. /vipps/checkout/vipps.svg). */
    public String logoPath() {
        return branding.logo();
    }

    /**
     * Creates the payment for the order and returns where to send the browser: the vendor's page, unchanged.
     *
     * @throws PaymentOperationException when the plugin refuses before calling the vendor (not configured, the
     *         wrong currency, already paid)
     * @throws VippsApiException when the vendor refuses or cannot be reached
     */
    public URI start(CheckoutRequest request) {
        URI base = urls.base(request.shopBaseUrl());
        PaymentStarts.Started started = starts.checkout(request.orderId(), base,
                request.orderPageUrl() == null ? null : request.orderPageUrl().toString(), request.phoneNumber());
        return URI.create(started.initiation().redirectUrl());
    }
}
