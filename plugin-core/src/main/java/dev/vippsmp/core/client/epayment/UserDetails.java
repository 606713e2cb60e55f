package dev.vippsmp.core.client.epayment;

import java.util.List;

/**
 * The buyer's contact details, shared through the profile scopes; {@code addresses} only with the address scope.
 */
public record UserDetails(String email, String firstName, String lastName, String mobileNumber,
        List<ShippingAddress> addresses) {
}
