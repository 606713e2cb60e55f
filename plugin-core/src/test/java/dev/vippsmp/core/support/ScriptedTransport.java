package dev.vippsmp.core.support;

import dev.vippsmp.core.client.transport.HttpTransport;
import dev.vippsmp.core.client.transport.TransportRequest;
import dev.vippsmp.core.client.transport.TransportResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A transport that answers from a script and remembers every request, for the client's unit tests (the transport
 * is the client's own seam). Token requests are answered with a token unless scripted otherwise.
 */
public final class ScriptedTransport implements HttpTransport {

    /** One scripted answer: a response, or an exception to throw. */
    public record Step(TransportResponse response, IOException failure) {
    }

    private final Deque<Step> script = new ArrayDeque<>();
    private final Deque<Step> tokenScript = new ArrayDeque<>();
    private final List<TransportRequest> requests = new CopyOnWriteArrayList<>();
    private int tokens;

    public ScriptedTransport then(int status, String body, Map<String, List<String>> headers) {
        script.add(new Step(new TransportResponse(status, headers, body.getBytes(StandardCharsets.UTF_8)), null));
        return this;
    }

    public ScriptedTransport then(int status, String body) {
        return then(status, body, Map.of());
    }

    /** The next token request gets this answer instead of a fresh token. */
    public ScriptedTransport tokenAnswer(int status, String body) {
        tokenScript.add(new Step(new TransportResponse(status, Map.of(), body.getBytes(StandardCharsets.UTF_8)),
                null));
        return this;
    }

    public ScriptedTransport thenFail(IOException failure) {
        script.add(new Step(null, failure));
        return this;
    }

    @Override
    public synchronized TransportResponse send(TransportRequest request) throws IOException {
        requests.add(request);
        if (request.uri().getPath().equals("/accesstoken/get")) {
            Step scripted = tokenScript.poll();
            if (scripted != null) {
                return scripted.response();
            }
            tokens++;
            return new TransportResponse(200, Map.of(), ("{\"token_type\":\"Bearer\",\"expires_in\":3600,"
                    + "\"access_token\":\"token-" + tokens + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        Step step = script.poll();
        if (step == null) {
            throw new AssertionError("No scripted answer left for " + request);
        }
        if (step.failure() != null) {
            throw step.failure();
        }
        return step.response();
    }

    /** Requests other than token fetches. */
    public List<TransportRequest> apiRequests() {
        return requests.stream().filter(r -> !r.uri().getPath().equals("/accesstoken/get")).toList();
    }

    public List<TransportRequest> tokenRequests() {
        return requests.stream().filter(r -> r.uri().getPath().equals("/accesstoken/get")).toList();
    }
}
