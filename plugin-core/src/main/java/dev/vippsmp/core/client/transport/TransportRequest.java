package dev.vippsmp.core.client.transport;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP request as the client built it. Header values may hold secrets: never log this object whole. */
public record TransportRequest(String method, URI uri, Map<String, String> headers, byte[] body,
        Duration connectTimeout, Duration timeout) {

    public TransportRequest {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body == null ? new byte[0] : body;
    }

    @Override
    public String toString() {
        return method + " " + uri;
    }
}
