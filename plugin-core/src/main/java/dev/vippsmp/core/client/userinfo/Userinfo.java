package dev.vippsmp.core.client.userinfo;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** What the buyer agreed to share, by OpenID Connect claim name. {@code sub} is always there. */
public record Userinfo(String sub, String name,
        @JsonProperty("given_name") String givenName,
        @JsonProperty("family_name") String familyName,
        String email,
        @JsonProperty("email_verified") Boolean emailVerified,
        @JsonProperty("phone_number") String phoneNumber,
        String birthdate,
        UserinfoAddress address,
        @JsonProperty("other_addresses") List<UserinfoAddress> otherAddresses) {
}
