package dev.vippsmp.simulator.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;

/**
 * A fault waiting for the next matching API calls.
 *
 * @param method HTTP method to match, or null for any
 * @param path a path pattern such as {@code /epayment/v1/payments/*}{@code /capture}, or null for any
 * @param operation an operationId such as {@code capturePayment}, or null for any
 * @param action what to do: answer with an error, add latency, hold the connection (time out), or drop it
 * @param status for ERROR: the HTTP status
 * @param errorCode for ERROR: the vendor error code to put in {@code extraDetails}
 * @param delay for DELAY: the added latency; for TIMEOUT: how long the connection is held before it is dropped
 * @param afterProcessing handle the request first, then fail the answer: the operation happened, but the client
 *         never learns it
 * @param remaining how many more calls it applies to; -1 for every call until cleared
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fault(
        String id,
        String method,
        String path,
        String operation,
        FaultAction action,
        Integer status,
        String errorCode,
        String detail,
        Duration delay,
        boolean afterProcessing,
        Instant createdAt,
        AtomicInteger remaining,
        AtomicInteger applied,
        @com.fasterxml.jackson.annotation.JsonIgnore PathPattern pattern) {

    boolean matches(String requestMethod, String requestPath, String requestOperation) {
        return (method == null || method.equalsIgnoreCase(requestMethod))
                && (pattern == null || pattern.matches(PathContainer.parsePath(requestPath)))
                && (operation == null || operation.equalsIgnoreCase(requestOperation));
    }

    /** Takes one use of the fault; false when it is used up. */
    boolean take() {
        return Faults.take(remaining, applied);
    }
}
