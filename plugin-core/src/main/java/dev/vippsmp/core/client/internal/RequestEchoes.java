package dev.vippsmp.core.client.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Cuts out of a vendor's error title what the request itself carried: the bearer token, the client secret, the
 * subscription key and the path's values (a payment's reference, a user's sub). The title is stored in the call log
 * and shown on the dashboard, which never hold a secret or a reference; an answer that quotes the request (a
 * gateway naming the key it refused, a title naming the payment) must not bring one in.
 */
final class RequestEchoes {

    static final String CUT = "****";
    private static final List<String> SECRET_HEADERS = List.of("Authorization", "client_secret",
            ApiCallExecutor.SUBSCRIPTION_KEY);

    /** Longest first, so a value that contains another is cut whole. */
    private final List<String> values = new ArrayList<>();

    RequestEchoes(Map<String, String> headers, List<String> pathVariables) {
        for (String name : SECRET_HEADERS) {
            String value = headers.get(name);
            if (value != null) {
                add(value);
                // "Bearer <token>": the token alone must go too.
                add(value.substring(value.indexOf(' ') + 1));
            }
        }
        for (String variable : pathVariables) {
            add(variable);
            add(ApiRequest.encodeSegment(variable));
        }
        values.sort(Comparator.comparingInt(String::length).reversed());
    }

    private void add(String value) {
        if (!value.isBlank()) {
            values.add(value);
        }
    }

    /** The text without any of the request's values; null stays null. */
    String cut(String text) {
        if (text == null) {
            return null;
        }
        String cut = text;
        for (String value : values) {
            cut = cut.replace(value, CUT);
        }
        return cut;
    }
}
