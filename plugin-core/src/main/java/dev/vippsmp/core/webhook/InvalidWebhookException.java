package dev.vippsmp.core.webhook;

/** A verified delivery whose body is not an event the plugin can read; answer 400, nothing is stored. */
public class InvalidWebhookException extends RuntimeException {

    public InvalidWebhookException(String message) {
        super(message);
    }
}
