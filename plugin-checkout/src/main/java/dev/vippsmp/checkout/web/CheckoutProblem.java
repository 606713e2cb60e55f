package dev.vippsmp.checkout.web;

import org.springframework.http.HttpStatus;

/**
 * A shopper's request the checkout refuses or cannot serve, with a status and a message for the shopper (a key in
 * the checkout's messages). Thrown before anything is written.
 */
public class CheckoutProblem extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;

    public CheckoutProblem(HttpStatus status, String messageKey) {
        super(status.value() + " " + messageKey);
        this.status = status;
        this.messageKey = messageKey;
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }
}
