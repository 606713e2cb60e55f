package dev.vippsmp.core.client.internal;

import dev.vippsmp.core.client.ApiOperation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One call to make: the operation, the values for its path template, a body, the Idempotency-Key and query
 * parameters (e.g. the Recurring API's {@code ?status=}).
 */
public record ApiRequest(ApiOperation operation, List<String> pathVariables, Object body, String idempotencyKey,
        Map<String, String> query) {

    public ApiRequest {
        query = query == null ? Map.of() : Map.copyOf(new TreeMap<>(query));
    }

    public ApiRequest(ApiOperation operation, List<String> pathVariables, Object body, String idempotencyKey) {
        this(operation, pathVariables, body, idempotencyKey, Map.of());
    }

    /** The same call with these query parameters (values encoded here). */
    public ApiRequest withQuery(Map<String, String> parameters) {
        return new ApiRequest(operation, pathVariables, body, idempotencyKey, parameters);
    }

    public static ApiRequest read(ApiOperation operation, String... pathVariables) {
        return new ApiRequest(operation, List.of(pathVariables), null, null);
    }

    public static ApiRequest write(ApiOperation operation, Object body, String idempotencyKey,
            String... pathVariables) {
        return new ApiRequest(operation, List.of(pathVariables), body, idempotencyKey);
    }

    /** The concrete path: each {@code {name}} of the template replaced, in order, by an encoded value. */
    public String path() {
        String template = operation.pathTemplate();
        StringBuilder path = new StringBuilder();
        int variable = 0;
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                path.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            path.append(template, i, open);
            if (variable >= pathVariables.size()) {
                throw new IllegalArgumentException("Missing value for " + template.substring(open, close + 1));
            }
            path.append(encodeSegment(pathVariables.get(variable++)));
            i = close + 1;
        }
        String separator = "?";
        for (Map.Entry<String, String> parameter : new TreeMap<>(query).entrySet()) {
            path.append(separator).append(encodeSegment(parameter.getKey())).append('=')
                    .append(encodeSegment(parameter.getValue()));
            separator = "&";
        }
        return path.toString();
    }

    static String encodeSegment(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("A path value must not be empty");
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }
}
