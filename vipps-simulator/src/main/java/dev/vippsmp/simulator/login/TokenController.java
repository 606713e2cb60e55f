package dev.vippsmp.simulator.login;

import dev.vippsmp.simulator.config.SalesUnit;
import dev.vippsmp.simulator.config.SimulatorClock;
import dev.vippsmp.simulator.config.SimulatorProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST .../oauth2/token}: the authorization code grant, with the client authenticated by
 * {@code client_secret_basic} or {@code client_secret_post} (one of them, RFC 6749 §2.3), and PKCE checked when the
 * authorize request carried a challenge. Answers an access token, the id_token, the granted scope.
 */
@RestController
class TokenController {

    private static final String BASIC = "Basic ";

    private final LoginClients clients;
    private final LoginGrants grants;
    private final IdTokens idTokens;
    private final IdTokenFaults faults;
    private final SimulatorClock clock;
    private final SimulatorProperties.Login settings;

    TokenController(LoginClients clients, LoginGrants grants, IdTokens idTokens, IdTokenFaults faults,
            SimulatorClock clock, SimulatorProperties properties) {
        this.clients = clients;
        this.grants = grants;
        this.idTokens = idTokens;
        this.faults = faults;
        this.clock = clock;
        this.settings = properties.login();
    }

    @PostMapping(Issuer.TOKEN)
    ResponseEntity<Map<String, Object>> token(@RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader Map<String, String> headers,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        SystemHeaders.check(headers);
        // RFC 6749 §4.1.3: the request is a form. Anything else is a malformed request, answered in OAuth's shape.
        if (!isForm(contentType)) {
            throw OAuthError.badRequest(OAuthError.INVALID_REQUEST,
                    "Send the token request as application/x-www-form-urlencoded");
        }
        MultiValueMap<String, String> form = parameters;
        SalesUnit client = authenticate(authorization, form);
        if (!"authorization_code".equals(form.getFirst("grant_type"))) {
            throw OAuthError.badRequest(form.getFirst("grant_type") == null ? OAuthError.INVALID_REQUEST
                    : OAuthError.UNSUPPORTED_GRANT_TYPE, "grant_type must be authorization_code");
        }
        String codeValue = required(form, "code");
        String redirectUri = required(form, "redirect_uri");
        LoginGrants.Code code = grants.redeem(codeValue).orElseThrow(() -> invalidGrant("The code is not known"));
        if (code.reused) {
            throw invalidGrant("The code was used already; the tokens issued for it are revoked");
        }
        Instant now = clock.now();
        if (!now.isBefore(code.at.plus(settings.codeLifetime()))) {
            throw invalidGrant("The code has expired");
        }
        if (!code.request.client().equals(client)) {
            throw invalidGrant("The code was issued to another client");
        }
        if (!code.request.redirectUri().equals(redirectUri)) {
            throw invalidGrant("redirect_uri differs from the one of the authorize request");
        }
        checkVerifier(code.request, form.getFirst("code_verifier"));
        String accessToken = grants.issueAccessToken(code, now.plus(settings.accessTokenLifetime()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", accessToken);
        body.put("token_type", "bearer");
        body.put("expires_in", settings.accessTokenLifetime().toSeconds());
        body.put("id_token", idTokens.sign(code, accessToken, now, settings.idTokenLifetime(),
                faults.take().orElse(null)));
        body.put("scope", String.join(" ", code.request.scopes()));
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache")
                .contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static boolean isForm(String contentType) {
        try {
            return contentType != null
                    && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }

    private SalesUnit authenticate(String authorization, MultiValueMap<String, String> form) {
        boolean basic = authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length());
        boolean post = form.containsKey("client_secret");
        if (basic && post) {
            throw OAuthError.badRequest(OAuthError.INVALID_REQUEST,
                    "Use one client authentication method: client_secret_basic or client_secret_post, not both");
        }
        if (basic) {
            String[] credentials = decodeBasic(authorization.substring(BASIC.length()).trim());
            return clients.authenticate(credentials[0], credentials[1]);
        }
        if (post) {
            return clients.authenticate(form.getFirst("client_id"), form.getFirst("client_secret"));
        }
        throw OAuthError.invalidClient("No client authentication: send client_secret_basic or client_secret_post");
    }

    /** RFC 6749 §2.3.1: id and secret are form-encoded before they are joined and base64-encoded. */
    private static String[] decodeBasic(String value) {
        try {
            String decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw OAuthError.invalidClient("The Basic credentials are not client_id:client_secret");
            }
            return new String[] {
                    java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException e) {
            throw OAuthError.invalidClient("The Basic credentials are not valid base64");
        }
    }

    private static void checkVerifier(AuthorizationRequest request, String verifier) {
        if (request.codeChallenge() == null) {
            return;
        }
        if (verifier == null || !verifier.matches("^[A-Za-z0-9._~-]{43,128}$")) {
            throw invalidGrant("code_verifier is missing or malformed; the authorize request carried a code_challenge");
        }
        if (!MessageDigest.isEqual(s256(verifier).getBytes(StandardCharsets.US_ASCII),
                request.codeChallenge().getBytes(StandardCharsets.US_ASCII))) {
            throw invalidGrant("code_verifier does not match the code_challenge");
        }
    }

    static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String required(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        if (value == null || value.isBlank()) {
            throw OAuthError.badRequest(OAuthError.INVALID_REQUEST, "The parameter " + name + " is required");
        }
        return value;
    }

    private static OAuthError invalidGrant(String description) {
        return OAuthError.badRequest(OAuthError.INVALID_GRANT, description);
    }
}
