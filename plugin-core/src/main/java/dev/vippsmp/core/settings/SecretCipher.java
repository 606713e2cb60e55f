package dev.vippsmp.core.settings;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.keygen.KeyGenerators;

/**
 * Encrypts secrets at rest with AES-GCM (a random 16 byte IV per value, authenticated, so a tampered value fails to
 * decrypt instead of decrypting to garbage).
 */
public final class SecretCipher {

    private final BytesEncryptor encryptor;

    private SecretCipher(BytesEncryptor encryptor) {
        this.encryptor = encryptor;
    }

    /**
     * A cipher with the key from {@code vipps.encryption-key}.
     *
     * @throws MissingEncryptionKeyException when the key is absent or not base64 of 16, 24 or 32 bytes
     */
    public static SecretCipher fromBase64Key(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new MissingEncryptionKeyException("vipps.encryption-key is not set");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new MissingEncryptionKeyException("vipps.encryption-key is not valid base64");
        }
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new MissingEncryptionKeyException(
                    "vipps.encryption-key must be base64 of 16, 24 or 32 bytes, not " + key.length);
        }
        return new SecretCipher(new AesBytesEncryptor(new SecretKeySpec(key, "AES"), KeyGenerators.secureRandom(16),
                AesBytesEncryptor.CipherAlgorithm.GCM));
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        return Base64.getEncoder().encodeToString(encryptor.encrypt(plain.getBytes(StandardCharsets.UTF_8)));
    }

    /** @throws IllegalStateException when the value was encrypted with another key or altered */
    public String decrypt(String encrypted) {
        if (encrypted == null) {
            return null;
        }
        try {
            return new String(encryptor.decrypt(Base64.getDecoder().decode(encrypted)), StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "A stored secret cannot be decrypted: vipps.encryption-key differs from the one it was saved with");
        }
    }

    /** The configured key is missing or unusable; startup stops with this message. */
    public static final class MissingEncryptionKeyException extends IllegalStateException {

        public MissingEncryptionKeyException(String problem) {
            super(problem + ". The plugin encrypts API keys and webhook secrets in the database with it. Generate "
                    + "one with `openssl rand -base64 32` and set it as vipps.encryption-key (or the environment "
                    + "variable VIPPS_ENCRYPTION_KEY); keep it secret and keep it stable, or stored secrets cannot "
                    + "be read.");
        }
    }
}
