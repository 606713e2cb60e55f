package dev.vippsmp.checkout.webhook;

import dev.vippsmp.checkout.config.CheckoutUrls;
import dev.vippsmp.core.webhook.WebhookRegistration;
import dev.vippsmp.core.webhook.WebhookRegistrations;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the shop's webhook endpoint with the vendor for the ePayment events (and those of features such as
 * subscriptions, {@link WebhookRegistrations#defaultEvents()}), idempotently: when the vendor
 * already has the URL for those events and the plugin holds its secret, nothing is registered again, so a restart
 * is not a new registration. Other registrations of the URL (whose secret the plugin does not hold, so it cannot
 * verify their deliveries) are removed, and secrets of registrations the vendor no longer has are forgotten.
 */
public class WebhookEndpoint {

    private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);

    private final WebhookRegistrations registrations;
    private final CheckoutUrls urls;

    public WebhookEndpoint(WebhookRegistrations registrations, CheckoutUrls urls) {
        this.registrations = registrations;
        this.urls = urls;
    }

    /** The endpoint's URL on the given base (the configured public base URL wins). */
    public String url(URI base) {
        return urls.webhookUrl(urls.base(base));
    }

    /**
     * Makes sure the vendor delivers the ePayment events to this shop's endpoint.
     *
     * @return the registration in force, new or already there
     */
    public WebhookRegistration ensureRegistered(URI base) {
        String url = url(base);
        registrations.forgetStale();
        List<WebhookRegistration> same = registrations.list().stream().filter(r -> r.url().equals(url)).toList();
        Optional<WebhookRegistration> usable = same.stream()
                .filter(r -> r.secretKnown() && new HashSet<>(r.events()).containsAll(registrations.defaultEvents()))
                .findFirst();
        // Any other registration of the URL would deliver each event twice, and the copies the plugin cannot
        // verify would be refused and retried by the vendor for days.
        for (WebhookRegistration other : same) {
            if (usable.isEmpty() || !other.id().equals(usable.get().id())) {
                log.info("Removing webhook registration {} of {}: its secret or events do not fit", other.id(), url);
                registrations.delete(other.id());
            }
        }
        if (usable.isPresent()) {
            log.info("The webhook endpoint {} is registered already ({})", url, usable.get().id());
            return usable.get();
        }
        WebhookRegistration registered = registrations.register(url, null);
        log.info("Registered the webhook endpoint {} ({})", url, registered.id());
        return registered;
    }
}
