package dev.vippsmp.simulator.http;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every vendor operation the simulator answers, named by the spec's {@code operationId} where it has one. Faults,
 * the journal and the controllers refer to operations by these names.
 */
public enum ApiOperation {

    ACCESS_TOKEN("fetchAuthorizationTokenUsingPost", "POST", "/accesstoken/get"),
    CREATE_PAYMENT("createPayment", "POST", "/epayment/v1/payments"),
    GET_PAYMENT("getPayment", "GET", "/epayment/v1/payments/{reference}"),
    GET_PAYMENT_EVENT_LOG("getPaymentEventLog", "GET", "/epayment/v1/payments/{reference}/events"),
    CAPTURE_PAYMENT("capturePayment", "POST", "/epayment/v1/payments/{reference}/capture"),
    REFUND_PAYMENT("refundPayment", "POST", "/epayment/v1/payments/{reference}/refund"),
    CANCEL_PAYMENT("cancelPayment", "POST", "/epayment/v1/payments/{reference}/cancel"),
    FORCE_APPROVE("forceApprove", "POST", "/epayment/v1/test/payments/{reference}/approve"),
    GET_USERINFO("getUserinfo", "GET", "/vipps-userinfo-api/userinfo/{sub}"),
    GET_WEBHOOKS("getWebhooks", "GET", "/webhooks/v1/webhooks"),
    REGISTER_WEBHOOK("registerWebhook", "POST", "/webhooks/v1/webhooks"),
    DELETE_WEBHOOK("deleteWebhook", "DELETE", "/webhooks/v1/webhooks/{id}"),
    ADD_RECEIPT("post-receipt-v2", "POST", "/order-management/v2/{paymentType}/receipts/{orderId}"),
    PUT_CATEGORY("put-category-v2", "PUT", "/order-management/v2/{paymentType}/categories/{orderId}"),
    GET_ORDER("get-order-v2", "GET", "/order-management/v2/{paymentType}/{orderId}"),
    LIST_AGREEMENTS("ListAgreementsV3", "GET", "/recurring/v3/agreements"),
    DRAFT_AGREEMENT("DraftAgreementV3", "POST", "/recurring/v3/agreements"),
    FETCH_AGREEMENT("FetchAgreementV3", "GET", "/recurring/v3/agreements/{agreementId}"),
    UPDATE_AGREEMENT("UpdateAgreementPatchV3", "PATCH", "/recurring/v3/agreements/{agreementId}"),
    LIST_CHARGES("ListChargesV3", "GET", "/recurring/v3/agreements/{agreementId}/charges"),
    CREATE_CHARGE("CreateChargeV3", "POST", "/recurring/v3/agreements/{agreementId}/charges"),
    FETCH_CHARGE("FetchChargeV3", "GET", "/recurring/v3/agreements/{agreementId}/charges/{chargeId}"),
    CANCEL_CHARGE("CancelChargeV3", "DELETE", "/recurring/v3/agreements/{agreementId}/charges/{chargeId}"),
    FETCH_CHARGE_BY_ID("FetchChargeByIdV3", "GET", "/recurring/v3/charges/{chargeId}"),
    CAPTURE_CHARGE("CaptureChargeV3", "POST", "/recurring/v3/agreements/{agreementId}/charges/{chargeId}/capture"),
    REFUND_CHARGE("RefundChargeV3", "POST", "/recurring/v3/agreements/{agreementId}/charges/{chargeId}/refund");

    private final String operationId;
    private final HttpMethod method;
    private final String path;
    private final PathPattern pattern;

    ApiOperation(String operationId, String method, String path) {
        this.operationId = operationId;
        this.method = HttpMethod.valueOf(method);
        this.path = path;
        this.pattern = PathPatternParser.defaultInstance.parse(path);
    }

    public String operationId() {
        return operationId;
    }

    public HttpMethod method() {
        return method;
    }

    public String path() {
        return path;
    }

    public ApiFamily family() {
        return ApiFamily.of(path);
    }

    public boolean matches(String method, String requestPath) {
        return this.method.matches(method) && pattern.matches(PathContainer.parsePath(requestPath));
    }

    public static Optional<ApiOperation> match(String method, String requestPath) {
        return Arrays.stream(values()).filter(operation -> operation.matches(method, requestPath)).findFirst();
    }

    /** By {@code operationId} or by enum name, ignoring case. */
    public static Optional<ApiOperation> named(String name) {
        return Arrays.stream(values())
                .filter(operation -> operation.operationId.equalsIgnoreCase(name) || operation.name().equalsIgnoreCase(name))
                .findFirst();
    }
}
