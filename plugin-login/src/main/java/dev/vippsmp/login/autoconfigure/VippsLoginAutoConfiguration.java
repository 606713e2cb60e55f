package dev.vippsmp.login.autoconfigure;

import dev.vippsmp.core.autoconfigure.VippsClientAutoConfiguration;
import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.core.settings.VippsProperties;
import dev.vippsmp.login.VippsLogin;
import dev.vippsmp.login.VippsLoginCustomers;
import dev.vippsmp.login.VippsLoginProperties;
import dev.vippsmp.login.admin.LoginAdminConfiguration;
import dev.vippsmp.login.oidc.AccountLinking;
import dev.vippsmp.login.oidc.IdTokenDecoders;
import dev.vippsmp.login.oidc.LoginAuthorizationRequests;
import dev.vippsmp.login.oidc.LoginHttp;
import dev.vippsmp.login.oidc.SystemHeaderStamp;
import dev.vippsmp.login.oidc.VippsClientRegistrations;
import dev.vippsmp.login.settings.LoginSchema;
import dev.vippsmp.login.settings.LoginSettingsService;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import dev.vippsmp.login.web.LoginButtonAdvice;
import java.util.Set;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;

/**
 * Log in with Vipps MobilePay, when the host implements {@link VippsLoginCustomers}. Runs before Spring Boot's
 * OAuth2 client configuration, whose beans then build on this registration repository.
 */
@AutoConfiguration(after = VippsClientAutoConfiguration.class,
        beforeName = "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration")
@ConditionalOnBean({VippsLoginCustomers.class, SettingsService.class})
@EnableConfigurationProperties(VippsLoginProperties.class)
@Import(LoginAdminConfiguration.class)
public final class VippsLoginAutoConfiguration {

    /** The Login API's claim scopes: userinfo is read whenever any of them was granted. */
    private static final Set<String> CLAIM_SCOPES = Set.of("name", "email", "phoneNumber", "address", "birthDate");

    @Bean
    @ConditionalOnMissingBean
    SystemHeaderStamp vippsLoginSystemHeaderStamp(SettingsService settings) {
        return new SystemHeaderStamp(settings);
    }

    @Bean
    @ConditionalOnMissingBean
    LoginSchema vippsLoginSchema(DataSource dataSource) {
        return new LoginSchema(dataSource);
    }

    @Bean
    @ConditionalOnMissingBean
    LoginSettingsService vippsLoginSettings(LoginSchema schema, DataSource dataSource,
            VippsLoginProperties properties, VippsProperties vipps, Clock clock) {
        // The schema is a parameter so that its table exists before the first read.
        return new LoginSettingsService(new JdbcTemplate(dataSource), properties, clock,
                vipps.settings().refreshInterval());
    }

    @Bean
    @ConditionalOnMissingBean
    VippsClientRegistrations vippsClientRegistrations(SettingsService settings, LoginSettingsService loginSettings,
            VippsLoginProperties properties) {
        return new VippsClientRegistrations(settings, loginSettings, properties);
    }

    @Bean
    @ConditionalOnMissingBean(value = JwtDecoderFactory.class, parameterizedContainer = JwtDecoderFactory.class)
    JwtDecoderFactory<ClientRegistration> vippsLoginIdTokenDecoders(SystemHeaderStamp stamp) {
        return new IdTokenDecoders(LoginHttp.jwksTemplate(stamp));
    }

    @Bean
    @ConditionalOnMissingBean
    VippsLogin vippsLogin(VippsClientRegistrations registrations, SystemHeaderStamp stamp,
            VippsLoginCustomers customers, LoginSettingsService settings, VippsLoginProperties properties) {
        DefaultOAuth2UserService userinfo = new DefaultOAuth2UserService();
        userinfo.setRestOperations(LoginHttp.userinfoTemplate(stamp));
        OidcUserService users = new OidcUserService();
        users.setOauth2UserService(userinfo);
        users.setRetrieveUserInfo(request -> request.getAccessToken().getScopes().stream()
                .anyMatch(CLAIM_SCOPES::contains));
        users.setOidcUserConverter(new AccountLinking(customers, () -> settings.current().createCustomers()));
        return new VippsLogin(registrations, new LoginAuthorizationRequests(registrations, settings),
                LoginHttp.tokenClient(stamp), users, properties);
    }

    @Bean
    @ConditionalOnMissingBean
    LoginButtonAdvice vippsLoginButtonAdvice(VippsClientRegistrations registrations, SettingsService settings,
            VippsLogin login) {
        return new LoginButtonAdvice(registrations, settings, login);
    }
}
