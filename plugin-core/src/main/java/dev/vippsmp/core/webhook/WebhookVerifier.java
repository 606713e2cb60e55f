package dev.vippsmp.core.webhook;

import dev.vippsmp.core.client.errors.SignatureVerificationException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a webhook delivery the way the vendor signs it: {@code x-ms-date} fresh enough, the request addressed
 * to the registered host and path, {@code x-ms-content-sha256} equal to the SHA-256 of the raw body, then an
 * HMAC-SHA256 over {@code POST\n<pathAndQuery>\n<date>;<host>;<hash>} keyed by the secret's UTF-8 bytes. Hash and
 * signature are compared in constant time.
 */
public final class WebhookVerifier {

    private static final String SCHEME = "HMAC-SHA256";
    private static final String SIGNED_HEADERS = "SignedHeaders=x-ms-date;host;x-ms-content-sha256";

    private WebhookVerifier() {
    }

    /**
     * @param registeredUrl the URL the webhook was registered with; its host and path are what the vendor signed
     * @throws SignatureVerificationException naming the first check that failed
     */
    public static void verify(WebhookDelivery delivery, URI registeredUrl, String secret, Instant now,
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
