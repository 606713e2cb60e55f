package dev.vippsmp.checkout.support;

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
 * The simulator for this test JVM, started once on a random loopback port and shared by every test class, and its
 * control API: completing payments as the app user, the journal of what the plugin sent, faults.
 */
public final class Simulator {

    public static final String TEST_USER = "4791234567";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static VippsSimulator instance;

    private Simulator() {
    }

    public static synchronized String baseUrl() {
        if (instance == null) {
            instance = VippsSimulator.start(Map.of("simulator.payments.profile-delay", "0ms"));
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return instance.baseUrl();
    }

    /** What the app user does with an open payment; {@code {}} approves as the default user. */
    public static JsonNode complete(String reference, String json) {
        return JSON.readTree(send("POST", "/simulator/payments/" + reference + "/complete", json));
    }

    public static JsonNode payment(String reference) {
        return JSON.readTree(send("GET", "/simulator/payments/" + reference, null));
    }

    /** How many requests of an operation (e.g. getPayment) the plugin sent for the reference. */
    public static long requests(String reference, String operation) {
        List<JsonNode> entries = new ArrayList<>();
        JSON.readTree(send("GET", "/simulator/journal?limit=2000&reference=" + reference + "&operation=" + operation,
                null)).forEach(entries::add);
        return entries.size();
    }

    /** Adds an API fault, e.g. {@code {"operation":"createPayment","action":"ERROR","status":400}}. */
    public static void fault(String json) {
        send("POST", "/simulator/faults", json);
    }

    public static void clearFaults() {
        send("DELETE", "/simulator/faults", null);
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
