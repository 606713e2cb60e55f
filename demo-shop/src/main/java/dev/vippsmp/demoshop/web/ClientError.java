package dev.vippsmp.demoshop.web;

import org.springframework.http.HttpStatus;

/**
 * A request the shop refuses, with a status and a message for the shopper (a key in {@code messages.properties}).
 * Thrown before anything is written, so a refused request leaves no trace.
 */
public class ClientError extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] messageArguments;

    public ClientError(HttpStatus status, String messageKey, Object... messageArguments) {
        super(status.value() + " " + messageKey);
        if (!status.is4xxClientError()) {
            throw new IllegalArgumentException("A client error needs a 4xx status, not " + status);
        }
        this.status = status;
        this.messageKey = messageKey;
        this.messageArguments = messageArguments.clone();
    }

    public static ClientError notFound(String messageKey) {
        return new ClientError(HttpStatus.NOT_FOUND, messageKey);
    }

    public static ClientError badRequest(String messageKey, Object... messageArguments) {
        return new ClientError(HttpStatus.BAD_REQUEST, messageKey, messageArguments);
    }

    public static ClientError conflict(String messageKey, Object... messageArguments) {
        return new ClientError(HttpStatus.CONFLICT, messageKey, messageArguments);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] messageArguments() {
        return messageArguments.clone();
    }
}
