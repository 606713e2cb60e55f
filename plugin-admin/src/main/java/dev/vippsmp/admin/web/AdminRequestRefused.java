package dev.vippsmp.admin.web;

import org.springframework.http.HttpStatus;

/**
 * A request the admin pages refuse before anything is written or called, with a status and a message for the
 * admin (a key in the plugin's message bundle).
 */
public class AdminRequestRefused extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;

    public AdminRequestRefused(HttpStatus status, String messageKey) {
        super(status.value() + " " + messageKey);
        if (!status.is4xxClientError()) {
            throw new IllegalArgumentException("A refused request needs a 4xx status, not " + status);
        }
        this.status = status;
        this.messageKey = messageKey;
    }

    public static AdminRequestRefused notFound(String messageKey) {
        return new AdminRequestRefused(HttpStatus.NOT_FOUND, messageKey);
    }

    public static AdminRequestRefused badRequest(String messageKey) {
        return new AdminRequestRefused(HttpStatus.BAD_REQUEST, messageKey);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }
}
