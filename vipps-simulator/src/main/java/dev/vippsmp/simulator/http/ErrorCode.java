package dev.vippsmp.simulator.http;

import org.springframework.http.HttpStatus;

/**
 * The vendor's error codes, sent as {@code extraDetails:[{"name":"ErrorCode","reason":"NNNN"}]}: 4xxx invalid
 * request, 5xxx merchant configuration, 6xxx payment state, 7xxx customer.
 */
public enum ErrorCode {

    CAPTURE_IDEMPOTENCY_CONFLICT("4010", HttpStatus.CONFLICT, "Capture idempotency conflict"),
    IDEMPOTENCY_KEY_USED("4020", HttpStatus.CONFLICT, "Idempotency-Key already used"),
    INVALID_AMOUNT("4040", HttpStatus.BAD_REQUEST, "Invalid amount"),
    INVALID_PHONE_NUMBER("4070", HttpStatus.BAD_REQUEST, "Invalid phone number"),
    INVALID_SCOPE("4080", HttpStatus.BAD_REQUEST, "Invalid scope"),
    INVALID_URL("4090", HttpStatus.BAD_REQUEST, "Invalid URL"),
    METADATA_TOO_MANY_ENTRIES("4100", HttpStatus.BAD_REQUEST, "Too many metadata entries"),
    METADATA_KEY_TOO_LONG("4110", HttpStatus.BAD_REQUEST, "Metadata key too long"),
    METADATA_VALUE_TOO_LONG("4120", HttpStatus.BAD_REQUEST, "Metadata value too long"),
    METADATA_INVALID("4130", HttpStatus.BAD_REQUEST, "Invalid metadata"),
    MISSING_PARAMETER("4140", HttpStatus.BAD_REQUEST, "Missing parameter"),
    REFERENCE_EXISTS("4150", HttpStatus.CONFLICT, "Reference already exists"),
    REFUND_IDEMPOTENCY_CONFLICT("4150", HttpStatus.CONFLICT, "Refund idempotency conflict"),
    EXPRESS_NOT_ALLOWED("5020", HttpStatus.FORBIDDEN, "Express checkout is not enabled for this sales unit"),
    CURRENCY_NOT_VALID("5040", HttpStatus.BAD_REQUEST, "Currency not valid for the sales unit"),
    REFERENCE_NOT_FOUND("5090", HttpStatus.NOT_FOUND, "Payment not found"),
    AMOUNT_TOO_SMALL("6010", HttpStatus.BAD_REQUEST, "Amount too small"),
    REFUND_BEFORE_RESERVATION("6020", HttpStatus.BAD_REQUEST, "Cannot refund a payment that is not reserved"),
    CANNOT_CANCEL_CAPTURED("6040", HttpStatus.BAD_REQUEST, "Cannot cancel a captured payment"),
    CANNOT_CANCEL_NOT_RESERVED("6050", HttpStatus.BAD_REQUEST, "Cannot cancel a payment that is not reserved"),
    CANNOT_CANCEL_AUTHORIZED("6060", HttpStatus.BAD_REQUEST, "Cannot cancel the transaction of an authorized payment"),
    CANNOT_CAPTURE_CANCELLED("6070", HttpStatus.BAD_REQUEST, "Cannot capture a cancelled payment"),
    CAPTURE_BEFORE_RESERVATION("6080", HttpStatus.BAD_REQUEST, "Cannot capture a payment that is not reserved"),
    CAPTURE_AMOUNT_TOO_HIGH("6090", HttpStatus.BAD_REQUEST, "Capture amount too high"),
    CAPTURE_PERIOD_EXPIRED("6100", HttpStatus.BAD_REQUEST, "Capture period expired"),
    MUST_CAPTURE_FULL_AMOUNT("6140", HttpStatus.BAD_REQUEST, "The full amount must be captured"),
    NOT_ENOUGH_REFUNDABLE("6150", HttpStatus.BAD_REQUEST, "Not enough captured to refund"),
    ORDER_PROCESSING("6160", HttpStatus.LOCKED, "The payment is being processed; retry shortly"),
    ALREADY_CAPTURED("6170", HttpStatus.BAD_REQUEST, "The payment is already captured"),
    ALREADY_REFUNDED("6180", HttpStatus.BAD_REQUEST, "The payment is already refunded"),
    WRONG_STATE_FOR_CANCEL("6190", HttpStatus.BAD_REQUEST, "The payment cannot be cancelled in its state"),
    WRONG_STATE_FOR_CAPTURE("6200", HttpStatus.BAD_REQUEST, "The payment cannot be captured in its state"),
    WRONG_STATE_FOR_REFUND("6210", HttpStatus.BAD_REQUEST, "The payment cannot be refunded in its state"),
    ALREADY_RESERVED("6230", HttpStatus.BAD_REQUEST, "The payment is already reserved"),
    FUNDS_UNAVAILABLE("6260", HttpStatus.BAD_REQUEST, "Funds unavailable"),
    CAPTURE_FAILED("6280", HttpStatus.INTERNAL_SERVER_ERROR, "Capture failed, please try again later"),
    CUSTOMER_NOT_FOUND("7010", HttpStatus.BAD_REQUEST, "Customer not found");

    private final String code;
    private final HttpStatus status;
    private final String title;

    ErrorCode(String code, HttpStatus status, String title) {
        this.code = code;
        this.status = status;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
