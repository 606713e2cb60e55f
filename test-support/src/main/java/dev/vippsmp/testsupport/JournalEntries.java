package dev.vippsmp.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import tools.jackson.databind.JsonNode;

/**
 * Reading an entry of the simulator's request journal. The journal never shows a secret, only a hash of it, so a
 * test that checks which secret was sent compares with {@link #masked(String)}.
 */
public final class JournalEntries {

    private JournalEntries() {
    }

    /** The header's first value as the journal shows it (names compared ignoring case), or null. */
    public static String header(JsonNode entry, String name) {
        for (var field : entry.get("headers").properties()) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue().get(0).asString();
            }
        }
        return null;
    }

    /** What the journal shows for a secret value. */
    public static String masked(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return "****(sha256:" + HexFormat.of().formatHex(hash, 0, 4) + ")";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
