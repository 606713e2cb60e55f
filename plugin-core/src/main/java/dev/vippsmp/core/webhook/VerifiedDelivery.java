package dev.vippsmp.core.webhook;

/**
 * A webhook delivery whose signature {@link WebhookVerifier} has checked: only the verifier makes one, so the inbox
 * can store nothing that was not verified.
 */
public final class VerifiedDelivery {

    private final WebhookDelivery delivery;

    VerifiedDelivery(WebhookDelivery delivery) {
        this.delivery = delivery;
    }

    /** The raw body, exactly as signed. */
    public byte[] body() {
        return delivery.body();
    }

    @Override
    public String toString() {
        return "Verified" + delivery;
    }
}
