package dev.vippsmp.simulator.login;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code Vipps-System-*} headers on Login's endpoints: optional, at most 30 characters each, as everywhere.
 * Login answers a longer one with {@code invalid_request}, in its own error shape.
 */
final class SystemHeaders {

    private static final List<String> NAMES = List.of("vipps-system-name", "vipps-system-version",
            "vipps-system-plugin-name", "vipps-system-plugin-version");
    private static final int MAX = 30;

    private SystemHeaders() {
    }

    /** @param headers the request's headers; Spring gives their names in any case */
    static void check(Map<String, String> headers) {
        headers.forEach((name, value) -> {
            if (NAMES.contains(name.toLowerCase(Locale.ROOT)) && value != null && value.length() > MAX) {
                throw OAuthError.badRequest(OAuthError.INVALID_REQUEST,
                        name + " must be at most " + MAX + " characters");
            }
        });
    }
}
