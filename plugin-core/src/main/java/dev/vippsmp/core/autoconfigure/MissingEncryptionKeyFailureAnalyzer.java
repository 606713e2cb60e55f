package dev.vippsmp.core.autoconfigure;

import dev.vippsmp.core.settings.SecretCipher.MissingEncryptionKeyException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing or bad {@code vipps.encryption-key} into a short, actionable startup message. */
public final class MissingEncryptionKeyFailureAnalyzer extends AbstractFailureAnalyzer<MissingEncryptionKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingEncryptionKeyException cause) {
        return new FailureAnalysis("The Vipps MobilePay plugin has no usable encryption key: " + cause.getMessage(),
                "Set vipps.encryption-key to the output of `openssl rand -base64 32`, e.g. through the environment "
                        + "variable VIPPS_ENCRYPTION_KEY.", cause);
    }
}
