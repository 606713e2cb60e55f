package dev.vippsmp.checkout.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The checkout's configuration under {@code vipps.checkout}. The merchant's choices (capture policy, express
 * buttons, delivery) are the core's settings, which an admin changes on the settings page; these are the host's.
 *
 * @param publicBaseUrl the shop's address as the vendor and shoppers reach it (e.g. https://shop.example), used
 *        for the return page, the shipping callback and the webhook; unset: as the shopper's request reached the
 *        shop (set {@code server.forward-headers-strategy} behind a proxy)
 * @param layout the template whose {@code layout(title, content)} fragment frames the checkout's own pages;
 *        the default is the checkout's own plain frame
 * @param statusCheckInterval how often the return page's backend asks the vendor at most, per payment, however
 *        many shoppers watch it
 * @param firstStatusCheck how long after a payment is created the return page first asks the vendor
 * @param statusWait how long a status request of the return page's script waits for the payment to change (the
 *        webhook, typically) before it answers "still waiting"; also how long after the buyer is back on the page
 *        the page leaves reading the vendor to that webhook. Zero: answer at once, read at once
 * @param express express checkout
 * @param webhooks the webhook endpoint
 */
@Validated
@ConfigurationProperties("vipps.checkout")
public record CheckoutProperties(
        URI publicBaseUrl,
        @DefaultValue("vipps/checkout/layout") @NotBlank String layout,
        @DefaultValue("2s") @NotNull Duration statusCheckInterval,
        @DefaultValue("5s") @NotNull Duration firstStatusCheck,
        @DefaultValue("1s") @NotNull Duration statusWait,
        @DefaultValue @Valid Express express,
        @DefaultValue @Valid Webhooks webhooks) {

    /**
     * Express checkout.
     *
     * @param products the products (as the shop names them to the buttons) whose pages show the express button
     *        when the settings say "some products", besides those the shop marks itself
     */
    public record Express(@DefaultValue List<String> products) {
    }

    /**
     * The webhook endpoint.
     *
     * @param registerOnStartup register {@code <public-base-url>/vipps/webhooks} for the ePayment events at
     *        startup unless the vendor already has it (needs {@code public-base-url})
     */
    public record Webhooks(@DefaultValue("false") boolean registerOnStartup) {
    }
}
