package dev.vippsmp.checkout.attempt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Return-page tokens: 256 random bits, URL-safe. The database keeps only their SHA-256, so a leaked table does not
 * open anyone's return page, and a lookup by hash gives a guesser nothing to time.
 */
final class ReturnTokens {

    static final int LENGTH = 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReturnTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be a token at all; anything else is refused before it reaches the database. */
    static boolean isWellFormed(String token) {
        return token != null && token.length() == LENGTH && token.chars().allMatch(ReturnTokens::isTokenCharacter);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTokenCharacter(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
