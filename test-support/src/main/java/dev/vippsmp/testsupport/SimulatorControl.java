package dev.vippsmp.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulator's control API ({@code /simulator/...}, see {@code docs/simulator.md}) as tests use it: what the app
 * user does, what the simulator saw and sent, and the faults it injects. Spoken over plain HTTP rather than through
 * the simulator's classes, so it works the same for a simulator in the test JVM and for the demo shop's sandbox
 * simulator in a JVM of its own. Any answer other than 2xx fails the test that caused it.
 */
public final class SimulatorControl {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final String baseUrl;

    /** @param baseUrl where the simulator answers, without a trailing slash */
    public SimulatorControl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The payment as the simulator holds it: state, totals (its aggregate), return URL, consents, shipping. */
    public JsonNode payment(String reference) {
        return JSON.readTree(send("GET", "/simulator/payments/" + reference, null));
    }

    /** The newest payment the simulator has. */
    public JsonNode newestPayment() {
        return JSON.readTree(send("GET", "/simulator/payments", null)).get(0);
    }

    /** One of the payment's running totals: authorizedAmount, capturedAmount, cancelledAmount, refundedAmount. */
    public long aggregate(String reference, String amount) {
        return payment(reference).get(amount).asLong();
    }

    /** What the app user does, e.g. {@code {"action":"REJECT"}}; {@code {}} approves as the default user. */
    public JsonNode complete(String reference, String json) {
        return JSON.readTree(send("POST", "/simulator/payments/" + reference + "/complete", json));
    }

    /** The buyer never acts: the payment expires now. */
    public void expire(String reference) {
        send("POST", "/simulator/payments/" + reference + "/expire", null);
    }

    /** What clients sent whose path or body names the reference, oldest first. */
    public List<JsonNode> journal(String reference) {
        return journalQuery("reference=" + encode(reference));
    }

    /** What clients sent, oldest first, filtered by the query, e.g. {@code pathPrefix=/accesstoken/get}. */
    public List<JsonNode> journalQuery(String query) {
        return list(send("GET", "/simulator/journal?limit=2000&" + query, null));
    }

    /** Webhooks and shipping callbacks the simulator sent for the reference, oldest first. */
    public List<JsonNode> outbound(String reference) {
        return list(send("GET", "/simulator/outbound?reference=" + encode(reference), null));
    }

    /** The webhook registrations of every sales unit. */
    public JsonNode webhooks() {
        return JSON.readTree(send("GET", "/simulator/webhooks", null));
    }

    /** Adds an API fault, e.g. {@code {"action":"ERROR","status":500,"operation":"capturePayment"}}. */
    public void fault(String json) {
        send("POST", "/simulator/faults", json);
    }

    public void clearFaults() {
        send("DELETE", "/simulator/faults", null);
    }

    /** Adds a fault to webhook delivery, e.g. {@code {"action":"DROP","reference":"..."}}. */
    public void webhookFault(String json) {
        send("POST", "/simulator/webhook-faults", json);
    }

    public void clearWebhookFaults() {
        send("DELETE", "/simulator/webhook-faults", null);
    }

    /** Moves the simulator's clock forward, e.g. {@code "10m"}, and applies what time decided. */
    public void advanceClock(String duration) {
        send("POST", "/simulator/clock/advance", "{\"duration\":\"" + duration + "\"}");
    }

    /** Rolls Login's signing key over and retires the old ones; the new key's {@code kid}. */
    public String rotateLoginKey() {
        return JSON.readTree(send("POST", "/simulator/login/keys/rotate?retireOld=true", null)).get("kid").asString();
    }

    /** Spoils the next id_token Login issues in one named way, e.g. {@code TAMPERED_PAYLOAD} or {@code WRONG_NONCE}. */
    public void spoilNextIdToken(String fault) {
        send("POST", "/simulator/login/next-id-token?fault=" + encode(fault), null);
    }

    /** Forgets every payment, token, registration and journal entry, as a freshly started simulator. */
    public void reset() {
        send("POST", "/simulator/reset", null);
    }

    private static List<JsonNode> list(String json) {
        List<JsonNode> entries = new ArrayList<>();
        JSON.readTree(json).forEach(entries::add);
        return entries;
    }

    private String send(String method, String path, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(TIMEOUT)
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
