package dev.vippsmp.core.client.transport;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The production transport on the JDK's {@link HttpClient}. One client per connect timeout, so an admin's change of
 * the timeout applies on the next call; HTTP/1.1 because the vendor's gateway and the local simulator both speak
 * it, and an upgrade attempt only costs a round trip.
 */
public final class JdkHttpTransport implements HttpTransport {

    /** Headers the JDK sets itself and refuses to take from us. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();

    @Override
    public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .timeout(request.timeout())
                .method(request.method(), request.body().length == 0
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                builder.header(name, value);
            }
        });
        HttpResponse<byte[]> response = client(request.connectTimeout())
                .send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new TransportResponse(response.statusCode(), response.headers().map(), response.body());
    }

    private HttpClient client(Duration connectTimeout) {
        return clients.computeIfAbsent(connectTimeout, timeout -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }
}
