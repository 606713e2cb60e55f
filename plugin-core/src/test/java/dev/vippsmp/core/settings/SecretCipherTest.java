package dev.vippsmp.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Secrets at rest, and the rules for the Vipps-System-* values. */
class SecretCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void aSecretRoundTripsAndIsNeverStoredInClearOrTwiceTheSame() {
        SecretCipher cipher = SecretCipher.fromBase64Key(KEY);
        String first = cipher.encrypt("client-secret");
        String second = cipher.encrypt("client-secret");
        assertThat(first).doesNotContain("client-secret").isNotEqualTo(second);
        assertThat(cipher.decrypt(first)).isEqualTo("client-secret");
    }

    @Test
    void anAlteredValueOrAnotherKeyFailsInsteadOfDecryptingToGarbage() {
        SecretCipher cipher = SecretCipher.fromBase64Key(KEY);
        byte[] raw = Base64.getDecoder().decode(cipher.encrypt("client-secret"));
        raw[raw.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(raw)))
                .isInstanceOf(IllegalStateException.class);
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        String encrypted = cipher.encrypt("x");
        assertThatThrownBy(() -> SecretCipher.fromBase64Key(Base64.getEncoder().encodeToString(otherKey))
                .decrypt(encrypted)).hasMessageContaining("vipps.encryption-key");
    }

    @Test
    void aMissingOrBadKeySaysHowToMakeOne() {
        assertThatThrownBy(() -> SecretCipher.fromBase64Key(null))
                .isInstanceOf(SecretCipher.MissingEncryptionKeyException.class)
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> SecretCipher.fromBase64Key("not base64!"))
                .hasMessageContaining("not valid base64");
        assertThatThrownBy(() -> SecretCipher.fromBase64Key(Base64.getEncoder().encodeToString(new byte[7])))
                .hasMessageContaining("16, 24 or 32 bytes");
    }
}
