package dev.vippsmp.admin.web;

import dev.vippsmp.core.client.errors.ErrorCategory;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.payment.PaymentOperationException;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * Why something the admin asked for did not happen, in plain words (a message key with its arguments), with what
 * the vendor said beside it (title, detail, error code, traceId) so support can look it up.
 *
 * @param vendorStatus the vendor's HTTP status; 0 when the plugin refused before calling, or no answer came
 */
public record Problem(String messageKey, Object[] arguments, String vendorTitle, String vendorDetail,
        String vendorCode, String traceId, int vendorStatus, HttpStatus status) {

    /** Vendor error codes with a text of their own; others are explained by their category. */
    private static final Set<String> EXPLAINED_CODES = Set.of("4010", "4020", "4040", "4150", "5040", "5090", "6010",
            "6020", "6040", "6050", "6070", "6080", "6090", "6100", "6140", "6150", "6160", "6170", "6180", "6190",
            "6200", "6210", "6260", "6280", "123", "124");

    private static final Map<ErrorCategory, HttpStatus> STATUS = Map.of(
            ErrorCategory.UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE,
            ErrorCategory.RATE_LIMIT, HttpStatus.SERVICE_UNAVAILABLE,
            ErrorCategory.AUTHENTICATION, HttpStatus.BAD_GATEWAY);

    /** A problem of the plugin's own, with no vendor answer. */
    public static Problem of(HttpStatus status, String messageKey, Object... arguments) {
        return new Problem(messageKey, arguments.clone(), null, null, null, null, 0, status);
    }

    /** The vendor refused, or could not be reached. */
    public static Problem of(VippsApiException refusal) {
        String code = refusal.errorCode();
        String key = code != null && EXPLAINED_CODES.contains(code)
                ? "vipps.admin.vendor-error.code." + code
                : "vipps.admin.vendor-error." + refusal.category().name().toLowerCase();
        if (refusal.category() == ErrorCategory.UNAVAILABLE && refusal.status() == 0) {
            key = "vipps.admin.vendor-error.no-answer";
        }
        return new Problem(key, new Object[0], refusal.title(), refusal.detail(), code, refusal.traceId(),
                refusal.status(), STATUS.getOrDefault(refusal.category(), HttpStatus.CONFLICT));
    }

    /** The plugin refused before calling the vendor. */
    public static Problem of(PaymentOperationException refusal, Object... arguments) {
        HttpStatus status = switch (refusal.reason()) {
            case PAYMENT_NOT_FOUND, ORDER_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID_AMOUNT, INVALID_REQUEST -> HttpStatus.UNPROCESSABLE_ENTITY;
            default -> HttpStatus.CONFLICT;
        };
        return of(status, "vipps.admin.refused." + refusal.reason().name().toLowerCase().replace('_', '-'),
                arguments);
    }

    /** True when the vendor answered something the admin may want to quote to support. */
    public boolean hasVendorAnswer() {
        return vendorTitle != null || vendorCode != null || traceId != null;
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }
}
