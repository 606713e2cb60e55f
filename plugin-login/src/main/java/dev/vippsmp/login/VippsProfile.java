package dev.vippsmp.login;

import java.io.Serializable;
import java.util.Map;

/**
 * What the user shared at login, in the Login API v2 (OpenID Connect) claims; a claim whose scope was not asked
 * for is null. Shops pre-fill checkout from it.
 *
 * @param sub the user's id for this sales unit; it never changes
 * @param emailVerified whether the vendor has verified the email; only a verified one may link an account
 * @param phoneNumber MSISDN, digits only, e.g. {@code 4791234567}; the app has verified it
 * @param address the default address, or null
 * @param birthdate {@code YYYY-MM-DD}
 */
public record VippsProfile(String sub, String name, String givenName, String familyName, String email,
        boolean emailVerified, String phoneNumber, Address address, String birthdate) implements Serializable {

    /** The user's default address, as the {@code address} claim gives it. */
    public record Address(String streetAddress, String postalCode, String region, String country)
            implements Serializable {
    }

    /** The profile in the claims of userinfo merged with those of the id_token. */
    public static VippsProfile of(Map<String, Object> claims) {
        Address address = null;
        if (claims.get("address") instanceof Map<?, ?> claim) {
            address = new Address(text(claim.get("street_address")), text(claim.get("postal_code")),
                    text(claim.get("region")), text(claim.get("country")));
        }
        return new VippsProfile(text(claims.get("sub")), text(claims.get("name")), text(claims.get("given_name")),
                text(claims.get("family_name")), text(claims.get("email")),
                Boolean.TRUE.equals(claims.get("email_verified")) || "true".equals(claims.get("email_verified")),
                text(claims.get("phone_number")), address, text(claims.get("birthdate")));
    }

    /** The email, if the vendor has verified it; an unverified one must not link an account (Userinfo guide). */
    public String verifiedEmail() {
        return emailVerified && email != null && !email.isBlank() ? email : null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
