package dev.vippsmp.simulator.epayment;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.vippsmp.simulator.config.UserAddress;

/** A delivery address, as Express returns it in {@code shippingDetails.address}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShippingAddress(String addressLine1, String addressLine2, String city, String postCode, String country) {

    public static ShippingAddress of(UserAddress address) {
        return new ShippingAddress(address.addressLine1(), blankToNull(address.addressLine2()), address.city(),
                address.postCode(), address.country());
    }

    public String formatted() {
        return addressLine1 + (addressLine2 == null ? "" : ", " + addressLine2) + ", " + postCode + " " + city
                + ", " + country;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
