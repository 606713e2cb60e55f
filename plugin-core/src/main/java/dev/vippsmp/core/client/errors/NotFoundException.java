package dev.vippsmp.core.client.errors;

/** The payment, webhook or order does not exist at the vendor. */
public class NotFoundException extends VippsApiException {

    public NotFoundException(int status, String errorCode, String title, String detail, String traceId) {
        super(ErrorCategory.NOT_FOUND, status, errorCode, title, detail, traceId, false, null);
    }
}
