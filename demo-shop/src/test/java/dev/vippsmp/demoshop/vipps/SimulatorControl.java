package dev.vippsmp.demoshop.vipps;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulator's control API, as the tests use it: what the app user does, and what the simulator saw and sent. */
final class SimulatorControl {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String baseUrl;

    SimulatorControl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The payment as the simulator sees it: state, aggregate, return URL, consents, shipping. */
    JsonNode payment(String reference) {
        return JSON.readTree(send("GET", "/simulator/payments/" + reference, null));
    }

    /** The newest payment the simulator has. */
    JsonNode newestPayment() {
        return JSON.readTree(send("GET", "/simulator/payments", null)).get(0);
    }

    /** One of the payment's running totals (its aggregate): authorizedAmount, capturedAmount, ... */
    long aggregate(String reference, String amount) {
        return payment(reference).get(amount).asLong();
    }

    /** What the app user does, e.g. {@code {"action":"REJECT"}}; {@code {}} approves as the default user. */
    JsonNode complete(String reference, String json) {
        return JSON.readTree(send("POST", "/simulator/payments/" + reference + "/complete", json));
    }

    /** The buyer never acts: the payment expires now. */
    void expire(String reference) {
        send("POST", "/simulator/payments/" + reference + "/expire", null);
    }

    /** Webhooks and shipping callbacks the simulator sent for the reference, oldest first. */
    List<JsonNode> outbound(String reference) {
        List<JsonNode> entries = new ArrayList<>();
        JSON.readTree(send("GET", "/simulator/outbound?reference=" + reference, null)).forEach(entries::add);
        return entries;
    }

    /** The webhook registrations of every sales unit. */
    JsonNode webhooks() {
        return JSON.readTree(send("GET", "/simulator/webhooks", null));
    }

    void webhookFault(String json) {
        send("POST", "/simulator/webhook-faults", json);
    }

    void clearWebhookFaults() {
        send("DELETE", "/simulator/webhook-faults", null);
    }

    private String send(String method, String path, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(15))
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
