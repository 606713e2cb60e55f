package dev.vippsmp.simulator.login;

import dev.vippsmp.simulator.config.SimulatorClock;
import dev.vippsmp.simulator.profile.UserClaims;
import java.util.LinkedHashSet;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /vipps-userinfo-api/userinfo/} with a Login access token: the v2 (OpenID Connect) claims of the scopes
 * the user consented to, {@code sub} always.
 */
@RestController
class LoginUserinfoController {

    private static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json;charset=UTF-8");
    private static final String BEARER = "Bearer ";

    private final LoginGrants grants;
    private final SimulatorClock clock;

    LoginUserinfoController(LoginGrants grants, SimulatorClock clock) {
        this.grants = grants;
        this.clock = clock;
    }

    @GetMapping(Issuer.USERINFO)
    ResponseEntity<Map<String, Object>> userinfo(@RequestHeader Map<String, String> headers,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        SystemHeaders.check(headers);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw invalidToken("Send the Login access token as 'Authorization: Bearer <token>'");
        }
        LoginGrants.AccessToken token = grants.accessToken(authorization.substring(BEARER.length()).trim())
                .orElseThrow(() -> invalidToken("The access token is not known, or was revoked"));
        if (!clock.now().isBefore(token.expires())) {
            throw invalidToken("The access token has expired");
        }
        String sub = token.user().sub(token.request().client().msn());
        Map<String, Object> claims = UserClaims.of(token.user(), sub,
                new LinkedHashSet<>(token.request().claimScopes()));
        return ResponseEntity.ok().contentType(JSON_UTF8).body(claims);
    }

    private static OAuthError invalidToken(String description) {
        return new OAuthError(HttpStatus.UNAUTHORIZED, OAuthError.INVALID_TOKEN, description);
    }
}
