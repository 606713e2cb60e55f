package dev.vippsmp.core.payment.internal;

import dev.vippsmp.core.payment.Payment;

/**
 * Whether a webhook event can tell the plugin anything its stored payment does not already show. The event is only
 * a signal (the completion reads the payment from the vendor), so a signal with nothing new in it need not cost a
 * read: a payment's CREATED event (the plugin created the payment and stored the vendor's answer), an AUTHORIZED
 * event for a payment already authorized (typically because the return page or the reconciler read it first), and a
 * CAPTURED event for a payment with nothing left to capture (typically the plugin's own capture at authorization,
 * whose answer it stored; such an event waits for a capture still running, see {@link #mayAnnounceOwnMovement}).
 * Every other event, and any event while the stored payment lags behind it, is news.
 */
public final class EventNews {

    private EventNews() {
    }

    public static boolean isNews(Payment stored, String eventName) {
        return switch (eventName == null ? "" : eventName) {
            case "CREATED" -> false;
            case "AUTHORIZED" -> !stored.status().wasAuthorized();
            case "CAPTURED" -> !stored.status().wasAuthorized() || stored.capturableMinor() > 0;
            default -> true;
        };
    }

    /** True for the event of a money movement the plugin itself may be making right now (its capture). */
    public static boolean mayAnnounceOwnMovement(String eventName) {
        return "CAPTURED".equals(eventName);
    }
}
