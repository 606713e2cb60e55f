package dev.vippsmp.simulator.login;

import dev.vippsmp.simulator.config.SalesUnit;
import java.time.Instant;
import java.util.List;

/**
 * A validated authorize request waiting on the app page for the user's answer.
 *
 * @param codeChallenge the PKCE challenge (S256), or null when the client sent none
 * @param automaticReturn whether the client asked for {@code requested_flow=automatic_return_from_vipps_app}
 */
record AuthorizationRequest(String id, SalesUnit client, String redirectUri, List<String> scopes, String state,
        String nonce, String codeChallenge, boolean automaticReturn, String issuer, Instant at) {

    /** The scopes that release claims: all asked for but {@code openid}. */
    List<String> claimScopes() {
        return scopes.stream().filter(scope -> !LoginScopes.OPENID.equals(scope)).toList();
    }
}
