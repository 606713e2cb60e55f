package dev.vippsmp.core.client.webhooks;

import dev.vippsmp.core.client.ApiOperation;
import dev.vippsmp.core.client.internal.ApiCallExecutor;
import dev.vippsmp.core.client.internal.ApiRequest;
import java.util.List;

/** Webhooks API v1: list, register and delete this sales unit's registrations. */
public final class WebhooksApi {

    /** The ePayment events a shop needs. */
    public static final List<String> EPAYMENT_EVENTS = List.of(
            "epayments.payment.created.v1", "epayments.payment.aborted.v1", "epayments.payment.expired.v1",
            "epayments.payment.cancelled.v1", "epayments.payment.captured.v1", "epayments.payment.refunded.v1",
            "epayments.payment.authorized.v1", "epayments.payment.terminated.v1");

    private final ApiCallExecutor executor;

    public WebhooksApi(ApiCallExecutor executor) {
        this.executor = executor;
    }

    public List<Webhook> list() {
        WebhookList list = executor.execute(ApiRequest.read(ApiOperation.LIST_WEBHOOKS), WebhookList.class);
        return list == null || list.webhooks() == null ? List.of() : list.webhooks();
    }

    public RegisteredWebhook register(String url, List<String> events) {
        return executor.execute(ApiRequest.write(ApiOperation.REGISTER_WEBHOOK,
                new RegisterWebhookRequest(url, List.copyOf(events)), null), RegisteredWebhook.class);
    }

    public void delete(String id) {
        executor.execute(ApiRequest.write(ApiOperation.DELETE_WEBHOOK, null, null, id), Void.class);
    }
}
