package dev.vippsmp.core.webhook;

import dev.vippsmp.core.client.errors.SignatureVerificationException;
import dev.vippsmp.core.webhook.WebhookRegistrations.VerifiableRegistration;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a webhook delivery the way the vendor signs it, the first of the three steps a delivery goes through
 * (verify, then {@link WebhookInbox store}, then {@link WebhookDispatcher dispatch}). It finds the registration
 * whose URL and secret the delivery verifies against: {@code x-ms-date} fresh enough, the request addressed to the
 * registered host and path, {@code x-ms-content-sha256} equal to the SHA-256 of the raw body, then an HMAC-SHA256
 * over {@code POST\n<pathAndQuery>\n<date>;<host>;<hash>} keyed by the secret's UTF-8 bytes. Hash and signature
 * are compared in constant time.
 *
 * <p>Behind a proxy that passes on a Host of its own, the address the request reached is not the one the vendor
 * signed: given the public address the endpoint was registered under, a delivery that does not verify as it
 * reached the shop is verified once more as addressed to that address.
 */
public final class WebhookVerifier {

    private static final String SCHEME = "HMAC-SHA256";
    private static final String SIGNED_HEADERS = "SignedHeaders=x-ms-date;host;x-ms-content-sha256";

    private final Supplier<List<VerifiableRegistration>> registrations;
    private final Supplier<List<VerifiableRegistration>> reloaded;
    private final Clock clock;
    private final Duration maxClockSkew;

    /** @param maxClockSkew how far {@code x-ms-date} may be from this server's clock */
    public WebhookVerifier(WebhookRegistrations registrations, Clock clock, Duration maxClockSkew) {
        this(registrations::verifiable, registrations::reloadVerifiable, clock, maxClockSkew);
    }

    WebhookVerifier(Supplier<List<VerifiableRegistration>> registrations, Clock clock, Duration maxClockSkew) {
        this(registrations, registrations, clock, maxClockSkew);
    }

    /**
     * @param registrations the registrations as kept in memory
     * @param reloaded the same read again, tried when a delivery verifies against none of those kept
     */
    WebhookVerifier(Supplier<List<VerifiableRegistration>> registrations,
            Supplier<List<VerifiableRegistration>> reloaded, Clock clock, Duration maxClockSkew) {
        this.registrations = registrations;
        this.reloaded = reloaded;
        this.clock = clock;
        this.maxClockSkew = maxClockSkew;
    }

    /**
     * Verifies a delivery as it reached the shop against every registration with a known secret.
     *
     * @throws SignatureVerificationException when no registration verifies it (answer 401; store nothing)
     */
    public VerifiedDelivery verify(WebhookDelivery delivery) {
        return verify(delivery, null);
    }

    /**
     * The same, and when it does not verify as it reached the shop, once more as addressed to
     * {@code publicAddress} (the URL the endpoint was registered under; null when there is none).
     *
     * @throws SignatureVerificationException when it verifies neither way (answer 401; store nothing)
     */
    public VerifiedDelivery verify(WebhookDelivery delivery, URI publicAddress) {
        try {
            return verify(delivery, publicAddress, registrations.get());
        } catch (SignatureVerificationException withKept) {
            // Another node may have registered the endpoint a moment ago: read the registrations once more.
            if (reloaded == registrations) {
                throw withKept;
            }
            return verify(delivery, publicAddress, reloaded.get());
        }
    }

    private VerifiedDelivery verify(WebhookDelivery delivery, URI publicAddress,
            List<VerifiableRegistration> candidates) {
        if (candidates.isEmpty()) {
            throw new SignatureVerificationException("no webhook registration with a known secret");
        }
        try {
            return verifyAgainstAny(delivery, candidates);
        } catch (SignatureVerificationException asReached) {
            if (publicAddress == null) {
                throw asReached;
            }
            String host = authority(publicAddress);
            String path = pathAndQuery(publicAddress);
            if (host.equalsIgnoreCase(delivery.host()) && path.equals(delivery.pathAndQuery())) {
                throw asReached;
            }
            return verifyAgainstAny(new WebhookDelivery(host, path, delivery.headers(), delivery.body()),
                    candidates);
        }
    }

    private VerifiedDelivery verifyAgainstAny(WebhookDelivery delivery, List<VerifiableRegistration> candidates) {
        Instant now = clock.instant();
        SignatureVerificationException last = null;
        for (VerifiableRegistration registration : candidates) {
            try {
                verifyAgainst(delivery, registration.url(), registration.secret(), now, maxClockSkew);
                return new VerifiedDelivery(delivery);
            } catch (SignatureVerificationException e) {
                // Prefer the reason from a registration that matched host and path.
                if (last == null || !e.detail().startsWith("addressed to")) {
                    last = e;
                }
            }
        }
        throw last;
    }

    /**
     * Verifies a delivery against one registration.
     *
     * @param registeredUrl the URL the webhook was registered with; its host and path are what the vendor signed
     * @throws SignatureVerificationException naming the first check that failed
     */
    public static void verifyAgainst(WebhookDelivery delivery, URI registeredUrl, String secret, Instant now,
            Duration maxClockSkew) {
        String expectedHost = authority(registeredUrl);
        String expectedPath = pathAndQuery(registeredUrl);
        if (delivery.host() == null || !expectedHost.equalsIgnoreCase(delivery.host())) {
            throw new SignatureVerificationException("addressed to another host");
        }
        if (!expectedPath.equals(delivery.pathAndQuery())) {
            throw new SignatureVerificationException("addressed to another path");
        }
        String date = delivery.header("x-ms-date");
        if (date == null || date.isBlank()) {
            throw new SignatureVerificationException("x-ms-date is missing");
        }
        Instant sentAt;
        try {
            sentAt = ZonedDateTime.parse(date.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new SignatureVerificationException("x-ms-date is not an RFC 1123 date");
        }
        if (Duration.between(sentAt, now).abs().compareTo(maxClockSkew) > 0) {
            throw new SignatureVerificationException("x-ms-date is too far from now (replayed or stale)");
        }
        String hash = delivery.header("x-ms-content-sha256");
        if (hash == null || !constantTimeEquals(contentHash(delivery.body()), hash.trim())) {
            throw new SignatureVerificationException("x-ms-content-sha256 does not match the body");
        }
        String signature = signatureFrom(delivery.header("Authorization"));
        String expected = signature(secret, expectedPath, date.trim(), expectedHost, hash.trim());
        if (!constantTimeEquals(expected, signature)) {
            throw new SignatureVerificationException("the signature does not match");
        }
    }

    /** base64(SHA-256(body)). */
    public static String contentHash(byte[] body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** base64(HMAC-SHA256(secret as UTF-8, "POST\n" + pathAndQuery + "\n" + date;host;hash)). */
    public static String signature(String secret, String pathAndQuery, String date, String host, String hash) {
        String toSign = "POST\n" + pathAndQuery + "\n" + date + ";" + host + ";" + hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of the Authorization header the vendor would send. */
    public static String authorizationHeader(String signature) {
        return SCHEME + " " + SIGNED_HEADERS + "&Signature=" + signature;
    }

    /** The host as signed: the registered URL's host, with its port when it is not the scheme's default. */
    public static String authority(URI url) {
        int port = url.getPort();
        boolean defaultPort = port == -1 || ("https".equals(url.getScheme()) && port == 443)
                || ("http".equals(url.getScheme()) && port == 80);
        return defaultPort ? url.getHost() : url.getHost() + ":" + port;
    }

    public static String pathAndQuery(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    private static String signatureFrom(String authorization) {
        if (authorization == null) {
            throw new SignatureVerificationException("Authorization is missing");
        }
        String value = authorization.trim();
        if (!value.startsWith(SCHEME + " ")) {
            throw new SignatureVerificationException("Authorization is not HMAC-SHA256");
        }
        int at = value.indexOf("Signature=");
        if (at < 0 || !value.substring(SCHEME.length() + 1, at).contains(SIGNED_HEADERS)) {
            throw new SignatureVerificationException("Authorization does not sign date, host and content hash");
        }
        return value.substring(at + "Signature=".length()).trim();
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
