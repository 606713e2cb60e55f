package dev.vippsmp.demoshop.payment;

/** A payment could not be started; the message is for logs and staff, never shown to the buyer as is. */
public class PaymentStartException extends RuntimeException {

    public PaymentStartException(String message) {
        super(message);
    }

    public PaymentStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
