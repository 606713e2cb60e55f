package dev.vippsmp.checkout.webhook;

import dev.vippsmp.checkout.config.CheckoutProperties;
import dev.vippsmp.checkout.config.CheckoutUrls;
import dev.vippsmp.core.webhook.WebhookInbox;
import dev.vippsmp.core.webhook.WebhookRegistrations;
import dev.vippsmp.core.webhook.WebhookVerifier;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/** The webhook endpoint, its registration, and registering it at startup when asked to. */
@Configuration(proxyBeanMethods = false)
public class WebhookConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebhookConfiguration.class);

    /** The endpoint, mapped ahead of the controllers (it is one path, and no controller's). */
    @Bean
    SimpleUrlHandlerMapping vippsWebhookMapping(WebhookVerifier verifier, WebhookInbox inbox, CheckoutUrls urls) {
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(
                Map.of(CheckoutUrls.WEBHOOKS, new WebhookReceiver(verifier, inbox, urls)));
        mapping.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return mapping;
    }

    @Bean
    @ConditionalOnMissingBean
    WebhookEndpoint vippsWebhookEndpoint(WebhookRegistrations registrations, CheckoutUrls urls) {
        return new WebhookEndpoint(registrations, urls);
    }

    /** With {@code vipps.checkout.webhooks.register-on-startup}: once the shop is ready to receive deliveries. */
    @Bean
    @ConditionalOnProperty("vipps.checkout.webhooks.register-on-startup")
    ApplicationListener<ApplicationReadyEvent> vippsWebhookRegistrationOnStartup(WebhookEndpoint endpoint,
            CheckoutProperties properties) {
        return ready -> {
            if (properties.publicBaseUrl() == null) {
                log.warn("vipps.checkout.webhooks.register-on-startup needs vipps.checkout.public-base-url; "
                        + "the webhook endpoint was not registered");
                return;
            }
            try {
                endpoint.ensureRegistered(properties.publicBaseUrl());
            } catch (RuntimeException e) {
                log.warn("The webhook endpoint could not be registered ({}); register it on the admin's webhook "
                        + "page. Payments are still completed by polling.", e.toString());
            }
        };
    }
}
