package dev.vippsmp.simulator.login;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The answers an authorize request sends back to the client's redirect URI (RFC 6749 §4.1.2). */
final class Redirects {

    private Redirects() {
    }

    static String code(String redirectUri, String code, String state) {
        return with(redirectUri, "code=" + encode(code) + "&state=" + encode(state));
    }

    static String error(String redirectUri, String error, String description, String state) {
        String query = "error=" + encode(error) + "&error_description=" + encode(description);
        return with(redirectUri, state == null ? query : query + "&state=" + encode(state));
    }

    private static String with(String redirectUri, String query) {
        return redirectUri + (redirectUri.contains("?") ? "&" : "?") + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
