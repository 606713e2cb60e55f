package dev.vippsmp.login;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Puts Vipps MobilePay Login into a host's {@code oauth2Login}:
 *
 * <pre>{@code
 * http.oauth2Login(login -> vippsLogin.apply(login.loginPage("/login").failureUrl("/login?vipps-error")));
 * }</pre>
 *
 * <p>It sets the client registrations, the authorization request (state, nonce, PKCE, the automatic return), the
 * token client and the user service, each with the {@code Vipps-System-*} headers; the id_token decoder is a bean
 * that Spring Security picks up by itself.
 */
public final class VippsLogin {

    /** Where a login button points: Spring Security's authorization endpoint for the registration. */
    public static final String AUTHORIZATION_PATH = "/oauth2/authorization/";

    private final ClientRegistrationRepository registrations;
    private final OAuth2AuthorizationRequestResolver authorizationRequests;
    private final OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> tokenClient;
    private final OAuth2UserService<OidcUserRequest, OidcUser> userService;
    private final VippsLoginProperties properties;

    public VippsLogin(ClientRegistrationRepository registrations,
            OAuth2AuthorizationRequestResolver authorizationRequests,
            OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> tokenClient,
            OAuth2UserService<OidcUserRequest, OidcUser> userService, VippsLoginProperties properties) {
        this.registrations = registrations;
        this.authorizationRequests = authorizationRequests;
        this.tokenClient = tokenClient;
        this.userService = userService;
        this.properties = properties;
    }

    public OAuth2LoginConfigurer<HttpSecurity> apply(OAuth2LoginConfigurer<HttpSecurity> login) {
        return login.clientRegistrationRepository(registrations)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                .tokenEndpoint(endpoint -> endpoint.accessTokenResponseClient(tokenClient))
                .userInfoEndpoint(endpoint -> endpoint.oidcUserService(userService));
    }

    /** The path that starts a login, e.g. {@code /oauth2/authorization/vipps}. */
    public String loginPath() {
        return AUTHORIZATION_PATH + properties.registrationId();
    }
}
