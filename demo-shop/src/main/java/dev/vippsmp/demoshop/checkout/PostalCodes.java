package dev.vippsmp.demoshop.checkout;

import java.util.Map;
import java.util.regex.Pattern;

/** The shape of postal codes in the countries the shop sends to. */
final class PostalCodes {

    private static final Map<String, Pattern> FORMATS = Map.of(
            "NO", Pattern.compile("[0-9]{4}"),
            "DK", Pattern.compile("[0-9]{4}"),
            "FI", Pattern.compile("[0-9]{5}"),
            "SE", Pattern.compile("[0-9]{3} ?[0-9]{2}"));

    private PostalCodes() {
    }

    static boolean isValid(String country, String postalCode) {
        Pattern format = FORMATS.get(country);
        return format != null && postalCode != null && format.matcher(postalCode).matches();
    }
}
