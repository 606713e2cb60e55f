package dev.vippsmp.admin.webhooks;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The webhook registrations page. */
@Configuration(proxyBeanMethods = false)
@Import(WebhooksController.class)
public class WebhookPages {
}
