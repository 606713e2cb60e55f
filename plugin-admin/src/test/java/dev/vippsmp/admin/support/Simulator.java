package dev.vippsmp.admin.support;

import dev.vippsmp.simulator.VippsSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulator for this test JVM, started once on a random loopback port and shared by every test class (so the
 * Spring contexts pointing at it stay cached), with the parts of its control API the admin's tests use.
 */
public final class Simulator {

    public static final String MSN = "123456";
    public static final String CLIENT_ID = "sim-client-id";
    public static final String CLIENT_SECRET = "sim-client-secret";
    public static final String SUBSCRIPTION_KEY = "sim-subscription-key";
    public static final String DK_MSN = "654321";
    public static final String DK_CLIENT_ID = "sim-dk-client-id";
    public static final String DK_CLIENT_SECRET = "sim-dk-client-secret";
    public static final String TEST_USER = "4791234567";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static VippsSimulator instance;

    private Simulator() {
    }

    public static synchronized String baseUrl() {
        if (instance == null) {
            instance = VippsSimulator.start(Map.of("simulator.allow-http-urls", "true",
                    "simulator.rate-limits.enabled", "false"));
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return instance.baseUrl();
    }

    /** Journal entries, oldest first, for the query (e.g. {@code reference=...} or {@code sinceId=...}). */
    public static List<JsonNode> journal(String query) {
        List<JsonNode> list = new ArrayList<>();
        JSON.readTree(send("GET", "/simulator/journal?limit=2000&" + query, null)).forEach(list::add);
        return list;
    }

    /** The id of the newest journal entry, to look only at what comes after. */
    public static long lastJournalId() {
        List<JsonNode> entries = journal("limit=1");
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).get("id").asLong();
    }

    /** The payment as the simulator holds it. */
    public static JsonNode payment(String reference) {
        return JSON.readTree(send("GET", "/simulator/payments/" + reference, null));
    }

    /** Adds an API fault, e.g. {@code {"action":"ERROR","status":500,"operation":"capturePayment"}}. */
    public static void fault(String json) {
        send("POST", "/simulator/faults", json);
    }

    public static void clearFaults() {
        send("DELETE", "/simulator/faults", null);
    }

    /** The header's value as the journal shows it (a masked secret shows a hash of the value). */
    public static String header(JsonNode entry, String name) {
        for (var field : entry.get("headers").properties()) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue().get(0).asString();
            }
        }
        return null;
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
}
