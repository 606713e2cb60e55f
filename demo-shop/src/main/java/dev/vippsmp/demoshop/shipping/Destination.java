package dev.vippsmp.demoshop.shipping;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a parcel goes, as far as its price depends on it.
 *
 * @param country ISO 3166 alpha-2 code
 * @param postalCode the postal code, or null when not known yet
 */
public record Destination(String country, String postalCode) {

    public Destination {
        Objects.requireNonNull(country, "country");
        country = country.trim().toUpperCase(Locale.ROOT);
    }

    public static Destination country(String country) {
        return new Destination(country, null);
    }
}
