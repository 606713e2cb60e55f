package dev.vippsmp.demoshop.vipps.admin;

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

/** The sandbox simulator's control API as the admin's tests read it: its journal and its own view of payments. */
record Simulator(String baseUrl) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** What clients sent that names the reference, oldest first. */
    List<JsonNode> journal(String reference) {
        List<JsonNode> entries = new ArrayList<>();
        JSON.readTree(send("GET", "/simulator/journal?limit=2000&reference="
                + URLEncoder.encode(reference, StandardCharsets.UTF_8), null)).forEach(entries::add);
        return entries;
    }

    /** The payment as the simulator holds it, with its totals (authorizedAmount, capturedAmount, ...). */
    JsonNode payment(String reference) {
        return JSON.readTree(send("GET", "/simulator/payments/" + reference, null));
    }

    /** Adds an API fault, e.g. {@code {"action":"ERROR","status":400,"errorCode":"6100","operation":"capturePayment"}}. */
    void fault(String json) {
        send("POST", "/simulator/faults", json);
    }

    void clearFaults() {
        send("DELETE", "/simulator/faults", null);
    }

    /** The value of a header of a journal entry, as the journal shows it. */
    static String header(JsonNode entry, String name) {
        for (var field : entry.get("headers").properties()) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue().get(0).asString();
            }
        }
        return null;
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
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode());
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
