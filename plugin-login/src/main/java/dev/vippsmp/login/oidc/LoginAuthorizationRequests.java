package dev.vippsmp.login.oidc;

import dev.vippsmp.login.settings.LoginSettingsService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Spring Security's authorization request (state, nonce, PKCE), plus {@code requested_flow} when the settings ask
 * the app to return the user to the browser by itself. While the login is off, {@code /oauth2/authorization/vipps}
 * is not a login request: it goes on to the application and finds no page, rather than failing with a 500.
 */
public final class LoginAuthorizationRequests implements OAuth2AuthorizationRequestResolver {

    static final String REQUESTED_FLOW = "requested_flow";
    static final String AUTOMATIC_RETURN = "automatic_return_from_vipps_app";

    private final ClientRegistrationRepository registrations;
    private final DefaultOAuth2AuthorizationRequestResolver delegate;

    public LoginAuthorizationRequests(ClientRegistrationRepository registrations, LoginSettingsService settings) {
        this.registrations = registrations;
        this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                DefaultOAuth2AuthorizationRequestResolver.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        this.delegate.setAuthorizationRequestCustomizer(builder -> {
            if (settings.current().automaticReturn()) {
                builder.additionalParameters(parameters -> parameters.put(REQUESTED_FLOW, AUTOMATIC_RETURN));
            }
        });
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        String prefix = request.getContextPath()
                + DefaultOAuth2AuthorizationRequestResolver.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/";
        String uri = request.getRequestURI();
        if (uri.startsWith(prefix) && registrations.findByRegistrationId(uri.substring(prefix.length())) == null) {
            return null;
        }
        return delegate.resolve(request);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return registrations.findByRegistrationId(clientRegistrationId) == null ? null
                : delegate.resolve(request, clientRegistrationId);
    }
}
