package dev.vippsmp.core.client.userinfo;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An address claim. */
public record UserinfoAddress(
        @JsonProperty("street_address") String streetAddress,
        @JsonProperty("postal_code") String postalCode,
        String region,
        String country,
        String formatted,
        @JsonProperty("address_type") String addressType) {
}
