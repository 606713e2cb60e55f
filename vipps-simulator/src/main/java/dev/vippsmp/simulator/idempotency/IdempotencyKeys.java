package dev.vippsmp.simulator.idempotency;

import dev.vippsmp.simulator.http.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;

/** Reads the {@code Idempotency-Key} header: at most 50 characters, required where the spec requires it. */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_LENGTH = 50;

    private IdempotencyKeys() {
    }

    /** The key, or null when absent and not required. */
    public static String read(HttpServletRequest request, boolean required) {
        String key = request.getHeader(HEADER);
        if (key == null || key.isBlank()) {
            if (required) {
                throw ApiProblem.missing(HEADER);
            }
            return null;
        }
        if (key.length() > MAX_LENGTH) {
            throw ApiProblem.invalid(null, HEADER, "must be at most " + MAX_LENGTH + " characters");
        }
        return key;
    }
}
