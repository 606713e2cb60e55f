package dev.vippsmp.simulator.login;

import dev.vippsmp.simulator.config.SalesUnit;
import dev.vippsmp.simulator.config.SimulatorClock;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET .../oauth2/auth}: checks the request and sends the browser to the app page. A request whose client or
 * redirect URI is not known is answered on a page and never redirected (RFC 6749 §4.1.2.1: redirecting there would
 * make the provider an open redirector); every other refusal goes back to the redirect URI with {@code error} and
 * the {@code state}.
 */
@Controller
class AuthorizeController {

    static final String INVALID = "login/invalid";

    /** {@code requested_flow} values the vendor documents; the first asks for the automatic return to the browser. */
    static final String AUTOMATIC_RETURN = "automatic_return_from_vipps_app";
    private static final Set<String> FLOWS = Set.of(AUTOMATIC_RETURN, "app_to_app");
    private static final String PKCE_S256 = "S256";
    /** RFC 7636 §4.2: the base64url SHA-256 of a verifier is 43 characters; up to 128 are allowed. */
    private static final String CHALLENGE = "^[A-Za-z0-9._~-]{43,128}$";

    private final LoginClients clients;
    private final LoginGrants grants;
    private final Issuer issuer;
    private final SimulatorClock clock;

    AuthorizeController(LoginClients clients, LoginGrants grants, Issuer issuer, SimulatorClock clock) {
        this.clients = clients;
        this.grants = grants;
        this.issuer = issuer;
        this.clock = clock;
    }

    @GetMapping(Issuer.AUTHORIZE)
    String authorize(@RequestParam Map<String, String> query, @RequestHeader Map<String, String> headers,
            Model model, HttpServletResponse response) {
        SalesUnit client = clients.byClientId(query.get("client_id")).orElse(null);
        if (client == null) {
            return invalid(model, response, OAuthError.INVALID_CLIENT, "The client_id is missing or unknown");
        }
        String redirectUri = query.get("redirect_uri");
        if (!clients.isRegistered(redirectUri)) {
            return invalid(model, response, OAuthError.INVALID_REQUEST,
                    "The redirect_uri is missing or not registered for this client: " + redirectUri);
        }
        String state = query.get("state");
        try {
            SystemHeaders.check(headers);
            AuthorizationRequest request = validate(query, client, redirectUri, state);
            grants.await(request);
            return "redirect:" + issuer.url(Issuer.APP) + "?request=" + request.id();
        } catch (OAuthError e) {
            return "redirect:" + Redirects.error(redirectUri, e.error(), e.description(), state);
        }
    }

    private AuthorizationRequest validate(Map<String, String> query, SalesUnit client, String redirectUri,
            String state) {
        if (!"code".equals(query.get("response_type"))) {
            throw OAuthError.badRequest(OAuthError.UNSUPPORTED_RESPONSE_TYPE,
                    "response_type must be code; Login offers the authorization code flow only");
        }
        List<String> scopes = LoginScopes.parse(query.get("scope"));
        if (state == null || state.isBlank()) {
            throw OAuthError.badRequest(OAuthError.INVALID_REQUEST, "The state parameter is required");
        }
        String challenge = query.get("code_challenge");
        String method = query.get("code_challenge_method");
        if (challenge == null && method != null) {
            throw OAuthError.badRequest(OAuthError.INVALID_REQUEST, "code_challenge_method without code_challenge");
        }
        if (challenge != null && !PKCE_S256.equals(method)) {
            throw OAuthError.badRequest(OAuthError.INVALID_REQUEST, "code_challenge_method must be S256");
        }
        if (challenge != null && !challenge.matches(CHALLENGE)) {
            throw OAuthError.badRequest(OAuthError.INVALID_REQUEST, "code_challenge is not a base64url S256 value");
        }
        String flow = query.get("requested_flow");
        if (flow != null && !FLOWS.contains(flow)) {
            throw OAuthError.badRequest(OAuthError.INVALID_REQUEST, "Unknown requested_flow " + flow);
        }
        return new AuthorizationRequest(LoginGrants.random(), client, redirectUri, scopes, state, query.get("nonce"),
                challenge, AUTOMATIC_RETURN.equals(flow), issuer.issuer(), clock.now());
    }

    private static String invalid(Model model, HttpServletResponse response, String error, String description) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("error", error);
        model.addAttribute("description", description);
        return INVALID;
    }
}
