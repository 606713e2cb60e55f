package dev.vippsmp.core.payment.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Payment references and Idempotency-Keys, both derived, never random, so that a retry (after a timeout, a crash or
 * a double click) repeats exactly the same values and the vendor cannot do the thing twice.
 *
 * <p>A reference is {@code prefix-orderId-attempt}: letters, digits and '-', 8 to 64 characters, a new suffix for
 * each attempt at paying the same order. An Idempotency-Key is {@code reference-operation[-sequence]}, at most 50
 * characters; a longer one is shortened to a hash of the reference, which is as unique and as repeatable.
 */
public final class References {

    public static final Pattern REFERENCE = Pattern.compile("[a-zA-Z0-9-]{8,64}");
    static final int MAX_REFERENCE = 64;
    static final int MAX_IDEMPOTENCY_KEY = 50;

    private References() {
    }

    public static String reference(String prefix, String orderId, int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt starts at 1");
        }
        String order = orderId.replaceAll("[^a-zA-Z0-9-]", "-");
        String body = prefix == null || prefix.isEmpty() ? order : prefix + "-" + order;
        String suffix = "-" + attempt;
        if (body.length() + suffix.length() > MAX_REFERENCE) {
            // Keep the readable start and make the rest unique by a hash of the full order id.
            String hash = sha256Hex(orderId).substring(0, 12);
            body = body.substring(0, MAX_REFERENCE - suffix.length() - hash.length() - 1) + "-" + hash;
        }
        String reference = body + suffix;
        if (reference.length() < 8) {
            reference = "ref-" + reference;
        }
        if (reference.length() < 8) {
            reference = "ref-" + reference;
        }
        return reference;
    }

    /** The key for creating the payment with this reference (the reference already names order and attempt). */
    public static String createKey(String reference) {
        return key(reference, "create", 0);
    }

    /** The key for the {@code sequence}-th capture (1-based) of the payment. */
    public static String captureKey(String reference, int sequence) {
        return key(reference, "capture", sequence);
    }

    public static String refundKey(String reference, int sequence) {
        return key(reference, "refund", sequence);
    }

    public static String cancelKey(String reference, int sequence) {
        return key(reference, "cancel", sequence);
    }

    static String key(String reference, String operation, int sequence) {
        String tail = "-" + operation + (sequence > 0 ? "-" + sequence : "");
        String key = reference + tail;
        if (key.length() <= MAX_IDEMPOTENCY_KEY) {
            return key;
        }
        return sha256Hex(reference).substring(0, MAX_IDEMPOTENCY_KEY - tail.length()) + tail;
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
