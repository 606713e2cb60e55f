package dev.vippsmp.checkout.webhook;

import dev.vippsmp.checkout.config.CheckoutUrls;
import dev.vippsmp.core.client.errors.SignatureVerificationException;
import dev.vippsmp.core.webhook.InvalidWebhookException;
import dev.vippsmp.core.webhook.VerifiedDelivery;
import dev.vippsmp.core.webhook.WebhookDelivery;
import dev.vippsmp.core.webhook.WebhookInbox;
import dev.vippsmp.core.webhook.WebhookVerifier;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Receives the vendor's webhooks: verify, then store, then answer (the dispatcher processes stored deliveries
 * afterwards). The body is read as raw bytes (the signature covers them exactly) and handed with the headers and
 * the address the request was sent to (host and path) to the verifier. With {@code vipps.checkout.public-base-url}
 * set, the endpoint was registered under that address, which the verifier also tries, so that a proxy passing on a
 * Host of its own does not change what the vendor signed.
 */
@Controller
class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);
    /** Far above any event; a larger body is refused unread rather than held in memory. */
    private static final int MAX_BODY = 64 * 1024;

    private final WebhookVerifier verifier;
    private final WebhookInbox inbox;
    private final CheckoutUrls urls;

    WebhookController(WebhookVerifier verifier, WebhookInbox inbox, CheckoutUrls urls) {
        this.verifier = verifier;
        this.inbox = inbox;
        this.urls = urls;
    }

    @PostMapping(CheckoutUrls.WEBHOOKS)
    ResponseEntity<String> receive(HttpServletRequest request) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return answer(HttpStatus.CONTENT_TOO_LARGE, "too large");
        }
        WebhookDelivery delivery = new WebhookDelivery(host(request), pathAndQuery(request), headers(request), body);
        try {
            VerifiedDelivery verified = verifier.verify(delivery, publicAddress());
            WebhookInbox.Receipt receipt = inbox.store(verified);
            return answer(HttpStatus.OK, receipt == WebhookInbox.Receipt.STORED ? "stored" : "duplicate");
        } catch (SignatureVerificationException e) {
            log.warn("A webhook was refused: {}", e.getMessage());
            return answer(HttpStatus.UNAUTHORIZED, "not verified");
        } catch (InvalidWebhookException e) {
            log.warn("A verified webhook was not an event: {}", e.getMessage());
            return answer(HttpStatus.BAD_REQUEST, "not an event");
        }
    }

    /** The URL the endpoint was registered under, when the shop has a public base URL; else null. */
    private URI publicAddress() {
        return urls.hasPublicBaseUrl() ? URI.create(urls.webhookUrl(urls.base((URI) null))) : null;
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
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, request.getHeader(name));
        }
        return headers;
    }

    private static ResponseEntity<String> answer(HttpStatus status, String outcome) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body("{\"outcome\":\"" + outcome + "\"}");
    }
}
