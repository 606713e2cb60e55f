package dev.vippsmp.checkout.payment;

import dev.vippsmp.core.settings.Market;
import java.util.regex.Pattern;

/**
 * The buyer's mobile number as the vendor wants it (MSISDN: country code and number, digits only, e.g.
 * 4791234567), from what a shopper typed at checkout. A number that does not make a plausible one is left out:
 * the app then asks for it, which is better than sending a wrong one.
 */
final class PhoneNumbers {

    private static final Pattern MSISDN = Pattern.compile("\\d{10,15}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().\\-/]");

    private PhoneNumbers() {
    }

    /** The MSISDN, or null when the text is none. National numbers are read as the market's. */
    static String msisdn(String typed, Market market) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String number = SEPARATORS.matcher(typed.strip()).replaceAll("");
        if (number.startsWith("+")) {
            number = number.substring(1);
        } else if (number.startsWith("00")) {
            number = number.substring(2);
        } else {
            number = national(number, market);
        }
        return number != null && MSISDN.matcher(number).matches() ? number : null;
    }

    private static String national(String number, Market market) {
        return switch (market) {
            case NO -> number.length() == 8 ? "47" + number : null;
            case DK -> number.length() == 8 ? "45" + number : null;
            // Finnish mobile numbers are written with a trunk 0 (040 123 4567) that the country code replaces.
            case FI -> number.startsWith("0") && number.length() > 1 ? "358" + number.substring(1) : null;
        };
    }
}
