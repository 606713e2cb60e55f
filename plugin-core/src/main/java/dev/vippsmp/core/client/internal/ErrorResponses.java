package dev.vippsmp.core.client.internal;

import dev.vippsmp.core.client.errors.AuthenticationException;
import dev.vippsmp.core.client.errors.IdempotencyConflictException;
import dev.vippsmp.core.client.errors.InvalidRequestException;
import dev.vippsmp.core.client.errors.NotFoundException;
import dev.vippsmp.core.client.errors.PaymentStateException;
import dev.vippsmp.core.client.errors.RateLimitException;
import dev.vippsmp.core.client.errors.ServiceUnavailableException;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.client.transport.TransportResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns an error answer into the exception of its category. Reads the vendor's several error shapes (ePayment's
 * problem+json with {@code extraDetails}, Webhooks' ProblemDetails, Userinfo's error, Order Management's
 * {@code invalidParams}, the API gateway's own bodies) and branches on status and error code, never on text.
 */
final class ErrorResponses {

    private static final Set<String> CONFLICT_CODES = Set.of("4010", "4020", "4150");
    private static final int MAX_TEXT = 300;
    /** Where the vendor's APIs put an error's title: problem+json, Userinfo's error, the API gateway's message. */
    private static final String[] TITLE_FIELDS = {"title", "error", "message"};

    private final Clock clock;

    ErrorResponses(Clock clock) {
        this.clock = clock;
    }

    VippsApiException toException(TransportResponse response) {
        JsonNode body = parse(response);
        int status = response.status();
        String code = errorCode(body);
        String title = text(body, TITLE_FIELDS);
        String detail = detail(body);
        String traceId = text(body, "traceId", "instance");
        if (traceId == null) {
            traceId = response.header("traceId");
        }
        if (title == null) {
            title = "HTTP " + status;
        }
        if (status == 401 || status == 403) {
            return new AuthenticationException(status, code, title, detail, traceId);
        }
        if (status == 429) {
            return new RateLimitException(status, code, title, detail, traceId, retryAfter(response));
        }
        if (status == 423 || status >= 500) {
            return new ServiceUnavailableException(status, code, title, detail, traceId, retryAfter(response));
        }
        if (status == 409 || (code != null && CONFLICT_CODES.contains(code))) {
            return new IdempotencyConflictException(status, code, title, detail, traceId);
        }
        if (code != null && code.startsWith("6")) {
            return new PaymentStateException(status, code, title, detail, traceId);
        }
        if (status == 404) {
            return new NotFoundException(status, code, title, detail, traceId);
        }
        return new InvalidRequestException(status, code, title, detail, traceId);
    }

    /**
     * The title the vendor itself gave an error answer, or null when it gave none: unlike the exception's title,
     * never made up from the status, so a caller can tell the vendor's words from an empty or foreign body.
     */
    String vendorTitle(TransportResponse response) {
        return text(parse(response), TITLE_FIELDS);
    }

    /** {@code Retry-After} as seconds or as an HTTP date; null when absent or unreadable. */
    Duration retryAfter(TransportResponse response) {
        String value = response.header("Retry-After");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (RuntimeException unreadable) {
                return null;
            }
        }
    }

    private static JsonNode parse(TransportResponse response) {
        if (response.body().length == 0) {
            return null;
        }
        try {
            JsonNode node = Json.mapper().readTree(response.body());
            return node != null && node.isObject() ? node : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String errorCode(JsonNode body) {
        if (body == null) {
            return null;
        }
        JsonNode extra = body.get("extraDetails");
        if (extra != null && extra.isArray()) {
            for (JsonNode entry : extra) {
                JsonNode name = entry.get("name");
                JsonNode reason = entry.get("reason");
                if (name != null && "ErrorCode".equalsIgnoreCase(name.asString()) && reason != null) {
                    return reason.asString();
                }
            }
        }
        JsonNode code = body.get("errorCode");
        return code != null && !code.isNull() ? code.asString() : null;
    }

    private static String detail(JsonNode body) {
        String detail = text(body, "detail", "error_description");
        JsonNode params = body == null ? null : body.get("invalidParams");
        if (detail == null && params != null && params.isArray() && !params.isEmpty()) {
            JsonNode first = params.get(0);
            detail = first.path("name").asString("") + ": " + first.path("reason").asString("");
        }
        return detail;
    }

    private static String text(JsonNode body, String... names) {
        if (body == null) {
            return null;
        }
        for (String name : names) {
            JsonNode node = body.get(name);
            if (node != null && !node.isNull() && !node.isContainer()) {
                String value = node.asString();
                if (!value.isBlank()) {
                    return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
                }
            }
        }
        return null;
    }
}
