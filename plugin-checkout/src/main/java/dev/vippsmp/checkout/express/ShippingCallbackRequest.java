package dev.vippsmp.checkout.express;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.vippsmp.core.spi.Address;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The body of the vendor's dynamic shipping callback: the payment's reference and the address the buyer chose in
 * the app, with the vendor's capitalised names.
 */
record ShippingCallbackRequest(
        @JsonProperty("Reference") String reference,
        @JsonProperty("AddressLine1") String addressLine1,
        @JsonProperty("AddressLine2") String addressLine2,
        @JsonProperty("City") String city,
        @JsonProperty("PostCode") String postCode,
        @JsonProperty("Country") String country) {

    static final Pattern REFERENCE = Pattern.compile("[a-zA-Z0-9-]{8,64}");
    private static final Pattern POST_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{1,11}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final int MAX_LINE = 200;
    private static final int MAX_CITY = 100;

    boolean hasWellFormedReference() {
        return reference != null && REFERENCE.matcher(reference).matches();
    }

    /** The address, when every part is there and plausible; empty for a malformed one. */
    Optional<Address> address() {
        if (!text(addressLine1, MAX_LINE) || !optionalText(addressLine2, MAX_LINE) || !text(city, MAX_CITY)
                || postCode == null || !POST_CODE.matcher(postCode.strip()).matches()
                || country == null || !COUNTRY.matcher(country.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Address(addressLine1.strip(),
                addressLine2 == null || addressLine2.isBlank() ? null : addressLine2.strip(), postCode.strip(),
                city.strip(), country.strip().toUpperCase(Locale.ROOT)));
    }

    private static boolean text(String value, int max) {
        return value != null && !value.isBlank() && optionalText(value, max);
    }

    private static boolean optionalText(String value, int max) {
        return value == null || value.length() <= max && !CONTROL.matcher(value).find();
    }
}
