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
import java.util.function.Function;
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

    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Supplier<List<VerifiableRegistration>> registrations;
    private final Supplier<List<VerifiableRegistration>> reloaded;
    private final Clock clock;
    private final Duration maxClockSkew;
    private volatile ParsedDate lastDate;

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
     * <p>What does not depend on the registration (a fresh date, the content hash, the form of Authorization) is
     * checked once, first; only a delivery that passes it is tried against the registrations, and only such a
     * delivery makes them be read again when it verifies against none of those kept, so that junk sent at the
     * endpoint costs no query.
     *
     * @throws SignatureVerificationException when it verifies neither way (answer 401; store nothing)
     */
    public VerifiedDelivery verify(WebhookDelivery delivery, URI publicAddress) {
        Signed signed = signed(delivery);
        try {
            return verify(delivery, signed, publicAddress, registrations.get());
        } catch (SignatureVerificationException withKept) {
            // Another node may have registered the endpoint a moment ago: read the registrations once more.
            if (reloaded == registrations) {
                throw withKept;
            }
            return verify(delivery, signed, publicAddress, reloaded.get());
        }
    }

    private VerifiedDelivery verify(WebhookDelivery delivery, Signed signed, URI publicAddress,
            List<VerifiableRegistration> candidates) {
        if (candidates.isEmpty()) {
            throw new SignatureVerificationException("no webhook registration with a known secret");
        }
        String asReached = verifyAgainstAny(delivery.host(), delivery.pathAndQuery(), signed, candidates);
        if (asReached == null) {
            return new VerifiedDelivery(delivery);
        }
        if (publicAddress == null) {
            throw new SignatureVerificationException(asReached);
        }
        String host = authority(publicAddress);
        String path = pathAndQuery(publicAddress);
        if (host.equalsIgnoreCase(delivery.host()) && path.equals(delivery.pathAndQuery())) {
            throw new SignatureVerificationException(asReached);
        }
        String asAddressed = verifyAgainstAny(host, path, signed, candidates);
        if (asAddressed != null) {
            throw new SignatureVerificationException(asAddressed);
        }
        return new VerifiedDelivery(new WebhookDelivery(host, path, delivery.headers(), delivery.body()));
    }

    /**
     * Null when a registration for this host and path signed the delivery, else why not (preferring the reason of a
     * registration that matched host and path).
     */
    private static String verifyAgainstAny(String host, String path, Signed signed,
            List<VerifiableRegistration> candidates) {
        String reason = null;
        for (VerifiableRegistration registration : candidates) {
            if (host == null || !registration.host().equalsIgnoreCase(host)) {
                reason = reason == null ? "addressed to another host" : reason;
            } else if (!registration.pathAndQuery().equals(path)) {
                reason = reason == null ? "addressed to another path" : reason;
            } else if (MessageDigest.isEqual(registration.sign(signed.toSign(registration)), signed.signature())) {
                return null;
            } else {
                reason = "the signature does not match";
            }
        }
        return reason;
    }

    /** The checks that need no registration, made once per delivery. */
    private Signed signed(WebhookDelivery delivery) {
        return signed(delivery, clock.instant(), maxClockSkew, this::sentAt);
    }

    /** The same, with the date parsed by {@code parseDate}; the one place these checks are made. */
    private static Signed signed(WebhookDelivery delivery, Instant now, Duration maxClockSkew,
            Function<String, Instant> parseDate) {
        String date = delivery.header("x-ms-date");
        if (date == null || date.isBlank()) {
            throw new SignatureVerificationException("x-ms-date is missing");
        }
        date = date.trim();
        if (Duration.between(parseDate.apply(date), now).abs().compareTo(maxClockSkew) > 0) {
            throw new SignatureVerificationException("x-ms-date is too far from now (replayed or stale)");
        }
        String hash = delivery.header("x-ms-content-sha256");
        if (hash == null || !constantTimeEquals(contentHash(delivery.body()), hash.trim())) {
            throw new SignatureVerificationException("x-ms-content-sha256 does not match the body");
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(signatureFrom(delivery.header("Authorization")));
        } catch (IllegalArgumentException notBase64) {
            throw new SignatureVerificationException("the signature does not match");
        }
        return new Signed(date, hash.trim(), signature);
    }

    /**
     * The instant of an {@code x-ms-date}. Deliveries sent in the same second carry the same text, and parsing an
     * RFC 1123 date is dear, so the last one parsed is kept.
     */
    private Instant sentAt(String date) {
        ParsedDate last = lastDate;
        if (last != null && last.text().equals(date)) {
            return last.instant();
        }
        Instant instant = parseDate(date);
        lastDate = new ParsedDate(date, instant);
        return instant;
    }

    private static Instant parseDate(String date) {
        try {
            return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new SignatureVerificationException("x-ms-date is not an RFC 1123 date");
        }
    }

    private record ParsedDate(String text, Instant instant) {
    }

    /** A delivery's date and content hash as sent, and its signature decoded. */
    private record Signed(String date, String hash, byte[] signature) {

        String toSign(VerifiableRegistration registration) {
            return stringToSign(registration.pathAndQuery(), date, registration.host(), hash);
        }
    }

    /**
     * Verifies a delivery against one registration.
     *
     * @param registeredUrl the URL the webhook was registered with; its host and path are what the vendor signed
     * @throws SignatureVerificationException naming the first check that failed
     */
    public static void verifyAgainst(WebhookDelivery delivery, URI registeredUrl, String secret, Instant now,
            Duration maxClockSkew) {
        // The same checks as verify's, in the same code: the date, hash and Authorization first, then the one
        // registration's host, path and signature.
        Signed signed = signed(delivery, now, maxClockSkew, WebhookVerifier::parseDate);
        String reason = verifyAgainstAny(delivery.host(), delivery.pathAndQuery(), signed,
                List.of(new VerifiableRegistration("", registeredUrl, secret, List.of())));
        if (reason != null) {
            throw new SignatureVerificationException(reason);
        }
    }

    /** base64(SHA-256(body)). */
    public static String contentHash(byte[] body) {
        return Base64.getEncoder().encodeToString(sha256().digest(body));
    }

    /** base64(HMAC-SHA256(secret as UTF-8, "POST\n" + pathAndQuery + "\n" + date;host;hash)). */
    public static String signature(String secret, String pathAndQuery, String date, String host, String hash) {
        return Base64.getEncoder().encodeToString(hmac(secret)
                .doFinal(stringToSign(pathAndQuery, date, host, hash).getBytes(StandardCharsets.UTF_8)));
    }

    static String stringToSign(String pathAndQuery, String date, String host, String hash) {
        return "POST\n" + pathAndQuery + "\n" + date + ";" + host + ";" + hash;
    }

    /** An HMAC-SHA256 keyed by the secret's UTF-8 bytes. */
    static Mac hmac(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh SHA-256, cloned from one made once (looking up the provider costs more than the hash of a body). */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException unavailable) {
                throw new IllegalStateException(unavailable);
            }
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
