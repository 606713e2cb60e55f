package dev.vippsmp.simulator.login;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scopes Login knows, with what the app page tells the user each one shares. */
final class LoginScopes {

    static final String OPENID = "openid";

    /** In the order the app lists them. {@code nin} needs the vendor's approval and is not offered. */
    static final Map<String, String> CLAIM_SCOPES = claimScopes();

    private LoginScopes() {
    }

    /**
     * The scopes of an authorize request, in order and without repeats.
     *
     * @throws OAuthError {@code invalid_scope} without {@code openid} or with a scope Login does not know
     */
    static List<String> parse(String scope) {
        if (scope == null || scope.isBlank()) {
            throw OAuthError.badRequest(OAuthError.INVALID_SCOPE, "The scope parameter is missing; it must hold openid");
        }
        List<String> scopes = Arrays.stream(scope.trim().split("\\s+")).distinct().toList();
        if (!scopes.contains(OPENID)) {
            throw OAuthError.badRequest(OAuthError.INVALID_SCOPE, "The scope must contain openid");
        }
        for (String each : scopes) {
            if (!OPENID.equals(each) && !CLAIM_SCOPES.containsKey(each)) {
                throw OAuthError.badRequest(OAuthError.INVALID_SCOPE, "Unknown scope " + each + "; Login knows "
                        + OPENID + " " + String.join(" ", CLAIM_SCOPES.keySet()));
            }
        }
        return scopes;
    }

    private static Map<String, String> claimScopes() {
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put("name", "Name");
        scopes.put("email", "Email address");
        scopes.put("phoneNumber", "Phone number");
        scopes.put("address", "Addresses");
        scopes.put("birthDate", "Date of birth");
        return Map.copyOf(scopes);
    }
}
