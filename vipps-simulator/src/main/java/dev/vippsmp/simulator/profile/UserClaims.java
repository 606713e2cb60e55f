package dev.vippsmp.simulator.profile;

import dev.vippsmp.simulator.config.TestUser;
import dev.vippsmp.simulator.config.UserAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A user's claims for a set of scopes, in the OpenID Connect names the Userinfo API gives them: the same for profile
 * sharing with a payment and for Login.
 */
public final class UserClaims {

    private UserClaims() {
    }

    /** The claims the scopes release; {@code sub} always. */
    public static Map<String, Object> of(TestUser user, String sub, Set<String> scopes) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", sub);
        if (scopes.contains("name")) {
            claims.put("name", user.name());
            claims.put("given_name", user.givenName());
            claims.put("family_name", user.familyName());
        }
        if (scopes.contains("email")) {
            claims.put("email", user.email());
            claims.put("email_verified", user.emailVerified());
        }
        if (scopes.contains("phoneNumber")) {
            claims.put("phone_number", user.phoneNumber());
        }
        if (scopes.contains("birthDate")) {
            claims.put("birthdate", user.birthDate().toString());
        }
        if (scopes.contains("address") && !user.addresses().isEmpty()) {
            List<UserAddress> addresses = user.addresses();
            claims.put("address", address(addresses.get(0), true));
            claims.put("other_addresses", addresses.subList(1, addresses.size()).stream()
                    .map(address -> address(address, false)).toList());
        }
        return claims;
    }

    private static Map<String, Object> address(UserAddress address, boolean isDefault) {
        String street = address.addressLine2() == null || address.addressLine2().isBlank()
                ? address.addressLine1() : address.addressLine1() + "\n" + address.addressLine2();
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("address_type", address.type());
        claim.put("country", address.country());
        claim.put("default", isDefault);
        claim.put("formatted", address.formatted());
        claim.put("postal_code", address.postCode());
        claim.put("region", address.city());
        claim.put("street_address", street);
        return claim;
    }
}
