package dev.vippsmp.simulator.webhooks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook delivery as the vendor does: {@code x-ms-content-sha256} is the Base64 SHA-256 of the raw body;
 * the string to sign is {@code POST\n<path and query>\n<x-ms-date>;<host>;<content hash>}; the signature is the
 * Base64 HMAC-SHA256 of that string with the secret's UTF-8 bytes (not Base64-decoded) as the key.
 */
final class WebhookSigner {

    /** RFC 1123 with a two-digit day, as HTTP dates are written (Java's own formatter drops the leading zero). */
    static final DateTimeFormatter RFC_1123 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            java.util.Locale.US);

    private WebhookSigner() {
    }

    /** The headers to send: {@code x-ms-date}, {@code x-ms-content-sha256} and {@code Authorization}. */
    static Map<String, String> headers(String url, ZonedDateTime date, byte[] body, String secret) {
        URI uri = URI.create(url);
        String contentHash = contentHash(body);
        String xmsDate = RFC_1123.format(date.withZoneSameInstant(java.time.ZoneOffset.UTC));
        String stringToSign = "POST\n" + pathAndQuery(uri) + "\n" + xmsDate + ";" + uri.getRawAuthority() + ";"
                + contentHash;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-ms-date", xmsDate);
        headers.put("x-ms-content-sha256", contentHash);
        headers.put("Authorization", "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature="
                + hmac(secret, stringToSign));
        return headers;
    }

    static String contentHash(byte[] body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String hmac(String secret, String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
