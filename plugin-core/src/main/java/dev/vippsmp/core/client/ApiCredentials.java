package dev.vippsmp.core.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One environment's key set for one sales unit. {@link #toString()} masks the secrets, so the record is safe in a
 * log line or an exception message.
 */
public record ApiCredentials(String merchantSerialNumber, String clientId, String clientSecret,
        String subscriptionKey) {

    /** True when all four values are present. */
    public boolean isComplete() {
        return notBlank(merchantSerialNumber) && notBlank(clientId) && notBlank(clientSecret)
                && notBlank(subscriptionKey);
    }

    /**
     * Identifies the key set for the token cache without holding the secret in the key: a hash over all four values
     * and the base URL, so a rotated secret or another environment gets a token of its own.
     */
    public String fingerprint(String baseUrl) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {baseUrl, merchantSerialNumber, clientId, clientSecret, subscriptionKey}) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    /** Shows the first characters of a secret and hides the rest; short values are hidden whole. */
    public static String mask(String secret) {
        if (secret == null || secret.isEmpty()) {
            return "";
        }
        return secret.length() <= 8 ? "****" : secret.substring(0, 4) + "****";
    }

    @Override
    public String toString() {
        return "ApiCredentials[merchantSerialNumber=" + merchantSerialNumber + ", clientId=" + mask(clientId)
                + ", clientSecret=" + mask(clientSecret) + ", subscriptionKey=" + mask(subscriptionKey) + "]";
    }
}
