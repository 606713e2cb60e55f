package dev.vippsmp.core.client.errors;

/**
 * The payment's state does not allow the operation (vendor codes 6xxx, e.g. 6090 capture amount too high). Code
 * 6160 ("order processing, retry shortly") is the one retryable case.
 */
public class PaymentStateException extends VippsApiException {

    public static final String ORDER_PROCESSING = "6160";

    public PaymentStateException(int status, String errorCode, String title, String detail, String traceId) {
        super(ErrorCategory.STATE, status, errorCode, title, detail, traceId, ORDER_PROCESSING.equals(errorCode),
                null);
    }
}
