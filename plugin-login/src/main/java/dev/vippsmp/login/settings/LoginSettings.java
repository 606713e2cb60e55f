package dev.vippsmp.login.settings;

import dev.vippsmp.core.settings.ApiEnvironment;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The login's settings in force.
 *
 * @param scopes what the user is asked to share besides {@code openid}
 * @param environment whose client (keys) the login uses; null follows the payments' environment
 * @param version increases with every save; 0 before the first
 */
public record LoginSettings(boolean enabled, List<String> scopes, boolean automaticReturn, boolean createCustomers,
        ApiEnvironment environment, long version, Instant updatedAt, String updatedBy) {

    /** The scopes Login offers besides {@code openid}; {@code nin} needs the vendor's approval and is left out. */
    public static final List<String> CLAIM_SCOPES = List.of("name", "email", "phoneNumber", "address", "birthDate");

    public LoginSettings {
        scopes = List.copyOf(scopes);
    }

    /** The scopes with {@code openid} first, without repeats. */
    public List<String> effectiveScopes() {
        return Stream.concat(Stream.of("openid"), scopes.stream().filter(scope -> !"openid".equals(scope)))
                .distinct().toList();
    }
}
