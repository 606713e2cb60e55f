package dev.vippsmp.login.oidc;

import dev.vippsmp.core.client.ApiCredentials;
import dev.vippsmp.core.settings.PluginSettings;
import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.core.settings.ApiEnvironment;
import dev.vippsmp.login.VippsLoginProperties;
import dev.vippsmp.login.settings.LoginSettings;
import dev.vippsmp.login.settings.LoginSettingsService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The Login client registration, from the settings in force at each look-up, so that an admin's switch between
 * test and production (or new keys) applies to the next login without a restart. It is built again only when the
 * settings or the login settings it came from changed: every page with a login button asks. The endpoints are the
 * vendor's fixed paths under the base URL rather than read from discovery at startup: the shop starts even when
 * the vendor cannot be reached, and the values cannot drift from the settings. The base URL is the payments' (it
 * names the vendor's host or the sandbox's); the keys are those of the environment the login settings choose.
 */
public final class VippsClientRegistrations implements ClientRegistrationRepository {

    public static final String ISSUER_PATH = "/access-management-1.0/access/";
    static final String AUTHORIZE_PATH = "/access-management-1.0/access/oauth2/auth";
    static final String TOKEN_PATH = "/access-management-1.0/access/oauth2/token";
    static final String JWKS_PATH = "/access-management-1.0/access/.well-known/jwks.json";
    static final String USERINFO_PATH = "/vipps-userinfo-api/userinfo/";

    private final SettingsService settings;
    private final LoginSettingsService loginSettings;
    private final VippsLoginProperties properties;
    private volatile Built built;

    public VippsClientRegistrations(SettingsService settings, LoginSettingsService loginSettings,
            VippsLoginProperties properties) {
        this.settings = settings;
        this.loginSettings = loginSettings;
        this.properties = properties;
    }

    /** The registration, or null when the login is off or the environment's keys are incomplete. */
    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!properties.registrationId().equals(registrationId)) {
            return null;
        }
        return registration(settings.current());
    }

    /** The registration for the payments' settings {@code current}, already read by the caller; null as above. */
    private ClientRegistration registration(PluginSettings current) {
        LoginSettings login = loginSettings.current();
        Built last = built;
        if (last != null && last.builtFrom(current, login)) {
            return last.registration();
        }
        ClientRegistration registration = build(current, login);
        built = new Built(current, login, registration);
        return registration;
    }

    private ClientRegistration build(PluginSettings current, LoginSettings login) {
        String registrationId = properties.registrationId();
        ApiCredentials keys = login.environment() == null ? current.activeKeys()
                : login.environment() == ApiEnvironment.PRODUCTION ? current.productionKeys() : current.testKeys();
        if (!login.enabled() || keys.clientId() == null || keys.clientId().isBlank()
                || keys.clientSecret() == null || keys.clientSecret().isBlank()) {
            return null;
        }
        String base = current.baseUrl().toString().replaceAll("/+$", "");
        return ClientRegistration.withRegistrationId(registrationId)
                .clientId(keys.clientId())
                .clientSecret(keys.clientSecret())
                .clientName(current.brand().displayName())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(login.effectiveScopes())
                .issuerUri(base + ISSUER_PATH)
                .authorizationUri(base + AUTHORIZE_PATH)
                .tokenUri(base + TOKEN_PATH)
                .jwkSetUri(base + JWKS_PATH)
                .userInfoUri(base + USERINFO_PATH)
                .userNameAttributeName("sub")
                // PKCE for a confidential client too: a stolen code is worthless without the verifier.
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }

    /** Whether a login can start now. */
    public boolean available() {
        return available(settings.current());
    }

    /** Whether a login can start now, given the payments' settings the caller already read. */
    public boolean available(PluginSettings current) {
        return registration(current) != null;
    }

    /** A registration (null: none) and the two settings it was built from. */
    private record Built(PluginSettings settings, LoginSettings login, ClientRegistration registration) {

        /** The services hand out the same instances until a change; equal ones read again build the same. */
        boolean builtFrom(PluginSettings otherSettings, LoginSettings otherLogin) {
            return (settings == otherSettings || settings.equals(otherSettings))
                    && (login == otherLogin || login.equals(otherLogin));
        }
    }
}
