package dev.vippsmp.demoshop.vipps;

import dev.vippsmp.checkout.webhook.WebhookEndpoint;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In sandbox mode the simulator runs in this process and can reach the shop on this machine, so the shop registers
 * its webhook endpoint with it once it is ready to receive; a shop whose registration is still there (and whose
 * secret it holds) registers nothing again. A real shop registers on the admin's webhook page, or with
 * {@code vipps.checkout.webhooks.register-on-startup} and its public address.
 */
@Component
class SandboxWebhookRegistration {

    private static final Logger log = LoggerFactory.getLogger(SandboxWebhookRegistration.class);

    private final WebhookEndpoint endpoint;

    SandboxWebhookRegistration(WebhookEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @EventListener
    void register(ApplicationReadyEvent ready) {
        Environment environment = ready.getApplicationContext().getEnvironment();
        String simulator = environment.getProperty("vipps.base-url");
        String port = environment.getProperty("local.server.port");
        if (!environment.getProperty("demo.sandbox.enabled", Boolean.class, false) || simulator == null
                || port == null || !isLoopback(URI.create(simulator))) {
            return;
        }
        try {
            endpoint.ensureRegistered(URI.create("http://127.0.0.1:" + port));
        } catch (RuntimeException e) {
            log.warn("Sandbox mode: the webhook endpoint was not registered with the simulator ({}); payments are "
                    + "still completed by polling", e.toString());
        }
    }

    private static boolean isLoopback(URI url) {
        return "127.0.0.1".equals(url.getHost()) || "localhost".equals(url.getHost());
    }
}
