package dev.vippsmp.core.payment.internal;

import java.util.Locale;
import java.util.Map;

/**
 * The payment's description, which the app shows the buyer above the amount: "Order 10042" in the buyer's
 * language, as the shop gave it with the order. The core has no message source of its own, so the few words live
 * here; they are those of the return page's heading ({@code vipps.return.order} in the checkout's bundles), so the
 * app and the page name the order alike. Languages without a word of their own get English, as the pages do.
 */
final class PaymentDescriptions {

    /** The vendor takes at most 100 characters. */
    static final int MAX_LENGTH = 100;

    private static final String ENGLISH = "Order";
    private static final Map<String, String> ORDER = Map.of("en", ENGLISH, "nb", "Bestilling", "da", "Ordre",
            "fi", "Tilaus");

    private PaymentDescriptions() {
    }

    static String of(String orderId, Locale language) {
        String word = language == null ? ENGLISH : ORDER.getOrDefault(language.getLanguage(), ENGLISH);
        String text = word + " " + orderId;
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }
}
