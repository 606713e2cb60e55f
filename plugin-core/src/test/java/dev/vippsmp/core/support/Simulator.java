package dev.vippsmp.core.support;

import dev.vippsmp.core.client.ApiCredentials;
import dev.vippsmp.core.client.ClientConfiguration;
import dev.vippsmp.core.client.RetrySettings;
import dev.vippsmp.core.client.SystemHeaders;
import dev.vippsmp.simulator.VippsSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulator for this test JVM: started once, on a random loopback port, shared by every test class (so Spring
 * test contexts that point at it stay cached). Also speaks its control API: the request journal and faults.
 */
public final class Simulator {

    public static final String MSN = "123456";
    public static final String CLIENT_ID = "sim-client-id";
    public static final String CLIENT_SECRET = "sim-client-secret";
    public static final String SUBSCRIPTION_KEY = "sim-subscription-key";
    public static final String TEST_USER = "4791234567";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static VippsSimulator instance;

    private Simulator() {
    }

    public static synchronized String baseUrl() {
        if (instance == null) {
            instance = VippsSimulator.start(Map.of("simulator.payments.profile-delay", "0ms",
                    "simulator.allow-http-urls", "true"));
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return instance.baseUrl();
    }

    /** The default Norwegian merchant's keys, fast retries, short timeouts. */
    public static ClientConfiguration configuration(Duration readTimeout) {
        return new ClientConfiguration(URI.create(baseUrl()),
                new ApiCredentials(MSN, CLIENT_ID, CLIENT_SECRET, SUBSCRIPTION_KEY),
                new SystemHeaders("test-shop", "1.2.3", "vipps-mobilepay-spring", "0.1.0"),
                Duration.ofSeconds(2), readTimeout,
                new RetrySettings(3, Duration.ofMillis(1), 2.0, Duration.ofMillis(10), Duration.ZERO,
                        Duration.ofSeconds(2)));
    }

    /** Journal entries (oldest first) whose path or body mention the reference. */
    public static List<JsonNode> journal(String reference) {
        return journalQuery("reference=" + encode(reference));
    }

    /** What the simulator sent for the reference (webhooks, shipping callbacks), oldest first. */
    public static List<JsonNode> outbound(String reference) {
        JsonNode entries = JSON.readTree(send("GET", "/simulator/outbound?reference=" + encode(reference), null));
        List<JsonNode> list = new ArrayList<>();
        entries.forEach(list::add);
        return list;
    }

    public static List<JsonNode> journalQuery(String query) {
        JsonNode entries = JSON.readTree(send("GET", "/simulator/journal?limit=2000&" + query, null));
        List<JsonNode> list = new ArrayList<>();
        entries.forEach(list::add);
        return list;
    }

    /** Adds an API fault, e.g. {@code {"action":"ERROR","status":500,"operation":"capturePayment"}}. */
    public static void fault(String json) {
        send("POST", "/simulator/faults", json);
    }

    /** Completes an open payment as the app user would; {@code json} as the control API takes it, e.g. {}. */
    public static JsonNode complete(String reference, String json) {
        return JSON.readTree(send("POST", "/simulator/payments/" + reference + "/complete", json));
    }

    public static void clearFaults() {
        send("DELETE", "/simulator/faults", null);
    }

    /** The header's value as the journal shows it (a masked secret shows a hash of the value). */
    public static String header(JsonNode entry, String name) {
        JsonNode headers = entry.get("headers");
        for (var field : headers.properties()) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue().get(0).asString();
            }
        }
        return null;
    }

    /** What the journal shows for a secret value. */
    public static String masked(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return "****(sha256:" + HexFormat.of().formatHex(hash, 0, 4) + ")";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String send(String method, String path, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .timeout(Duration.ofSeconds(10))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
