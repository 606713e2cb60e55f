package dev.vippsmp.checkout.webhook;

import dev.vippsmp.checkout.config.CheckoutUrls;
import dev.vippsmp.core.client.errors.SignatureVerificationException;
import dev.vippsmp.core.webhook.InvalidWebhookException;
import dev.vippsmp.core.webhook.VerifiedDelivery;
import dev.vippsmp.core.webhook.WebhookDelivery;
import dev.vippsmp.core.webhook.WebhookInbox;
import dev.vippsmp.core.webhook.WebhookVerifier;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpRequestHandler;

/**
 * Receives the vendor's webhooks: verify, then store, then answer (the dispatcher processes stored deliveries
 * afterwards). The body is read as raw bytes (the signature covers them exactly) and handed with the headers and
 * the address the request was sent to (host and path) to the verifier. With {@code vipps.checkout.public-base-url}
 * set, the endpoint was registered under that address, which the verifier also tries, so that a proxy passing on a
 * Host of its own does not change what the vendor signed.
 *
 * <p>A plain request handler rather than a controller method: a delivery needs none of what Spring MVC prepares for
 * a controller (argument resolution, content negotiation, and the model attributes of every controller advice, which
 * in a shop can cost a database query per request), and the webhooks of a busy shop are many.
 */
final class WebhookReceiver implements HttpRequestHandler {

    private static final Logger log = LoggerFactory.getLogger(WebhookReceiver.class);
    /** Far above any event; a larger body is refused unread rather than held in memory. */
    private static final int MAX_BODY = 64 * 1024;

    /** The headers the vendor signs or names in its signature; no other header is read. */
    private static final List<String> SIGNED_HEADERS = List.of("x-ms-date", "x-ms-content-sha256",
            HttpHeaders.AUTHORIZATION);

    private final WebhookVerifier verifier;
    private final WebhookInbox inbox;
    /** The URL the endpoint was registered under, when the shop has a public base URL; else null. Fixed at start. */
    private final URI publicAddress;

    WebhookReceiver(WebhookVerifier verifier, WebhookInbox inbox, CheckoutUrls urls) {
        this.verifier = verifier;
        this.inbox = inbox;
        this.publicAddress = urls.hasPublicBaseUrl() ? URI.create(urls.webhookUrl(urls.base((URI) null))) : null;
    }

    @Override
    public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader(HttpHeaders.ALLOW, "POST");
            answer(response, HttpStatus.METHOD_NOT_ALLOWED, "only POST");
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            answer(response, HttpStatus.CONTENT_TOO_LARGE, "too large");
            return;
        }
        WebhookDelivery delivery = new WebhookDelivery(host(request), pathAndQuery(request), headers(request), body);
        try {
            VerifiedDelivery verified = verifier.verify(delivery, publicAddress);
            WebhookInbox.Receipt receipt = inbox.store(verified);
            answer(response, HttpStatus.OK, receipt == WebhookInbox.Receipt.STORED ? "stored" : "duplicate");
        } catch (SignatureVerificationException e) {
            log.warn("A webhook was refused: {}", e.getMessage());
            answer(response, HttpStatus.UNAUTHORIZED, "not verified");
        } catch (InvalidWebhookException e) {
            log.warn("A verified webhook was not an event: {}", e.getMessage());
            answer(response, HttpStatus.BAD_REQUEST, "not an event");
        }
    }

    /** The host as the sender addressed it: after any trusted proxy headers, with a port that is not the default. */
    private static String host(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || "https".equals(request.getScheme()) && port == 443
                || "http".equals(request.getScheme()) && port == 80;
        return defaultPort ? request.getServerName() : request.getServerName() + ":" + port;
    }

    private static String pathAndQuery(HttpServletRequest request) {
        return request.getQueryString() == null ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new HashMap<>(4);
        for (String name : SIGNED_HEADERS) {
            String value = request.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    private static void answer(HttpServletResponse response, HttpStatus status, String outcome) throws IOException {
        byte[] json = ("{\"outcome\":\"" + outcome + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
