package dev.vippsmp.core.client.transport;

import java.io.IOException;

/**
 * The one seam between the client and the network. The client builds the request (headers, body, timeout) and
 * interprets the answer; a transport only moves bytes. Tests may put a scripted transport here; production uses
 * {@link JdkHttpTransport}.
 */
@FunctionalInterface
public interface HttpTransport {

    /**
     * Sends the request and returns whatever status came back.
     *
     * @throws java.net.http.HttpTimeoutException when the request timed out
     * @throws IOException when no answer came (refused, reset, dropped)
     */
    TransportResponse send(TransportRequest request) throws IOException, InterruptedException;
}
