package dev.vippsmp.core.client.transport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An HTTP answer: status, headers (looked up without regard to case) and the raw body. */
public record TransportResponse(int status, Map<String, List<String>> headers, byte[] body) {

    public TransportResponse {
        TreeMap<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (name != null) {
                    caseInsensitive.put(name, List.copyOf(values));
                }
            });
        }
        headers = caseInsensitive;
        body = body == null ? new byte[0] : body;
    }

    /** The first value of the header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
