package dev.vippsmp.core.webhook;

import java.util.Map;
import java.util.TreeMap;

/**
 * A webhook request as the shop's endpoint received it: the host and path-and-query it was addressed to (after
 * any trusted proxy headers), its headers and the raw body bytes, exactly as they came.
 */
public record WebhookDelivery(String host, String pathAndQuery, Map<String, String> headers, byte[] body) {

    public WebhookDelivery {
        TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (name != null && value != null) {
                    caseInsensitive.put(name, value);
                }
            });
        }
        headers = caseInsensitive;
        body = body == null ? new byte[0] : body.clone();
    }

    public String header(String name) {
        return headers.get(name);
    }

    @Override
    public String toString() {
        return "WebhookDelivery[host=" + host + ", path=" + pathAndQuery + ", " + body.length + " bytes]";
    }
}
