package dev.vippsmp.simulator.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A deliberately plain HTTP client for the tests: it sends exactly the headers and body it is told to, so that the
 * tests, not a client library, decide what reaches the simulator.
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final Merchant merchant;
    private String token;

    public Api(String baseUrl, Merchant merchant) {
        this.baseUrl = baseUrl;
        this.merchant = merchant;
    }

    public Api(String baseUrl) {
        this(baseUrl, Merchant.NORWAY);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Merchant merchant() {
        return merchant;
    }

    /** A fresh access token for the merchant. */
    public String fetchToken() {
        Response response = request("POST", "/accesstoken/get")
                .header("client_id", merchant.clientId())
                .header("client_secret", merchant.clientSecret())
                .header("Ocp-Apim-Subscription-Key", merchant.subscriptionKey())
                .send();
        if (response.status() != 200) {
            throw new IllegalStateException("No token: " + response);
        }
        return response.json().get("access_token").stringValue();
    }

    public synchronized String token() {
        if (token == null) {
            token = fetchToken();
        }
        return token;
    }

    public synchronized void forgetToken() {
        token = null;
    }

    /** A bare request: no headers at all. */
    public Call request(String method, String path) {
        return new Call(method, path);
    }

    /** A request with the merchant's full set of API headers. */
    public Call call(String method, String path) {
        return request(method, path)
                .header("Authorization", "Bearer " + token())
                .header("Ocp-Apim-Subscription-Key", merchant.subscriptionKey())
                .header("Merchant-Serial-Number", merchant.msn())
                .header("Vipps-System-Name", "simulator-tests")
                .header("Vipps-System-Version", "1.0")
                .header("Vipps-System-Plugin-Name", "vipps-simulator")
                .header("Vipps-System-Plugin-Version", "0.1.0");
    }

    public Response get(String path) {
        return call("GET", path).send();
    }

    /** A POST with the merchant's headers, a JSON body and a fresh Idempotency-Key. */
    public Response post(String path, String json) {
        return call("POST", path).idempotencyKey(UUID.randomUUID().toString()).json(json).send();
    }

    public Response control(String method, String path, String json) {
        Call call = request(method, path);
        return json == null ? call.send() : call.json(json).send();
    }

    public final class Call {

        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        private Duration timeout = Duration.ofSeconds(30);
        private String sentBody = "";

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call without(String name) {
            headers.remove(name);
            return this;
        }

        public Call idempotencyKey(String key) {
            return header("Idempotency-Key", key);
        }

        public Call json(String json) {
            headers.putIfAbsent("Content-Type", "application/json");
            return body(json);
        }

        public Call body(String text) {
            this.sentBody = text;
            this.body = HttpRequest.BodyPublishers.ofString(text);
            return this;
        }

        public Call timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        public String method() {
            return method;
        }

        public String path() {
            return path;
        }

        public Map<String, String> headers() {
            return headers;
        }

        public String sentBody() {
            return sentBody;
        }

        public Response send() {
            try {
                return trySend();
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + " failed: " + e, e);
            }
        }

        /** Sends, letting network failures (a dropped connection, a timeout) through. */
        public Response trySend() throws IOException {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(timeout).method(method, body);
            headers.forEach(builder::header);
            try {
                HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                Response answer = new Response(response.statusCode(), response.headers().map(), response.body());
                Exchanges.record(this, answer);
                return answer;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }

        /** The vendor error code in {@code extraDetails}, or null. */
        public String errorCode() {
            for (JsonNode detail : json().path("extraDetails")) {
                if ("ErrorCode".equals(detail.path("name").asString())) {
                    return detail.path("reason").asString();
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** The default sales units' credentials, as documented. */
    public record Merchant(String msn, String clientId, String clientSecret, String subscriptionKey) {

        public static final Merchant NORWAY = new Merchant("123456", "sim-client-id", "sim-client-secret",
                "sim-subscription-key");
        public static final Merchant DENMARK = new Merchant("654321", "sim-dk-client-id", "sim-dk-client-secret",
                "sim-dk-subscription-key");
        public static final Merchant FINLAND = new Merchant("765432", "sim-fi-client-id", "sim-fi-client-secret",
                "sim-fi-subscription-key");
        public static final Merchant NORWAY_WITHOUT_EXPRESS = new Merchant("112233", "sim-noexpress-client-id",
                "sim-noexpress-client-secret", "sim-noexpress-subscription-key");
    }
}
