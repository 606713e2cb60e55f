package dev.vippsmp.core.client.errors;

/** A webhook delivery whose date, host, path, content hash or HMAC signature did not verify. */
public class SignatureVerificationException extends VippsApiException {

    public SignatureVerificationException(String detail) {
        super(ErrorCategory.SIGNATURE, 0, null, "Webhook not verified", detail, null, false, null);
    }
}
