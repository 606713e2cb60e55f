package dev.vippsmp.core.client.webhooks;

/** The answer of the register call: the new id and the signing secret. {@link #toString()} hides the secret. */
public record RegisteredWebhook(String id, String secret) {

    @Override
    public String toString() {
        return "RegisteredWebhook[id=" + id + "]";
    }
}
