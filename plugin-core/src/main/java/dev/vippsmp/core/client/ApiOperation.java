package dev.vippsmp.core.client;

/**
 * Every call the client makes, with its method and path template. The template (not the concrete path) is what
 * the call log and metrics record, so the dashboard groups by operation and never stores a payment reference.
 */
public enum ApiOperation {
    FETCH_TOKEN("POST", "/accesstoken/get", true),
    CREATE_PAYMENT("POST", "/epayment/v1/payments", true),
    GET_PAYMENT("GET", "/epayment/v1/payments/{reference}", true),
    GET_PAYMENT_EVENTS("GET", "/epayment/v1/payments/{reference}/events", true),
    CAPTURE_PAYMENT("POST", "/epayment/v1/payments/{reference}/capture", true),
    REFUND_PAYMENT("POST", "/epayment/v1/payments/{reference}/refund", true),
    CANCEL_PAYMENT("POST", "/epayment/v1/payments/{reference}/cancel", true),
    FORCE_APPROVE_PAYMENT("POST", "/epayment/v1/test/payments/{reference}/approve", true),
    GET_USERINFO("GET", "/vipps-userinfo-api/userinfo/{sub}", true),
    LIST_WEBHOOKS("GET", "/webhooks/v1/webhooks", true),
    /* Registration carries no Idempotency-Key: a repeat after a timeout could register twice. */
    REGISTER_WEBHOOK("POST", "/webhooks/v1/webhooks", false),
    DELETE_WEBHOOK("DELETE", "/webhooks/v1/webhooks/{id}", true),
    ADD_RECEIPT("POST", "/order-management/v2/{paymentType}/receipts/{orderId}", true),
    PUT_CATEGORY("PUT", "/order-management/v2/{paymentType}/categories/{orderId}", true),
    CREATE_AGREEMENT("POST", "/recurring/v3/agreements", true),
    LIST_AGREEMENTS("GET", "/recurring/v3/agreements", true),
    GET_AGREEMENT("GET", "/recurring/v3/agreements/{agreementId}", true),
    UPDATE_AGREEMENT("PATCH", "/recurring/v3/agreements/{agreementId}", true),
    CREATE_CHARGE("POST", "/recurring/v3/agreements/{agreementId}/charges", true),
    LIST_CHARGES("GET", "/recurring/v3/agreements/{agreementId}/charges", true),
    GET_CHARGE("GET", "/recurring/v3/agreements/{agreementId}/charges/{chargeId}", true),
    CAPTURE_CHARGE("POST", "/recurring/v3/agreements/{agreementId}/charges/{chargeId}/capture", true),
    REFUND_CHARGE("POST", "/recurring/v3/agreements/{agreementId}/charges/{chargeId}/refund", true),
    CANCEL_CHARGE("DELETE", "/recurring/v3/agreements/{agreementId}/charges/{chargeId}", true);

    private final String method;
    private final String pathTemplate;
    private final boolean retrySafe;

    ApiOperation(String method, String pathTemplate, boolean retrySafe) {
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.retrySafe = retrySafe;
    }

    public String method() {
        return method;
    }

    public String pathTemplate() {
        return pathTemplate;
    }

    /** True when repeating the call cannot do the thing twice (a read, or a write keyed by Idempotency-Key). */
    public boolean retrySafe() {
        return retrySafe;
    }
}
