package dev.vippsmp.login.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.login.VippsLoginUser;
import dev.vippsmp.login.support.TestCustomers;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserSource;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;

/**
 * The linking rules on their own, with the test host's customers (the port, a seam the plugin owns): the creating
 * switch, and that only a verified email links.
 */
class AccountLinkingTest {

    private final TestCustomers customers = new TestCustomers();

    AccountLinkingTest() {
        customers.reset();
    }

    @Test
    void aUserNoCustomerMatchesIsRefusedWhenCreatingCustomersIsOff() {
        AccountLinking linking = new AccountLinking(customers, () -> false);

        assertThatThrownBy(() -> linking.convert(source(Map.of("sub", "s-1", "email", "new@example.com",
                "email_verified", true, "phone_number", "4700000000"))))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getErrorCode()).isEqualTo(AccountLinking.NO_CUSTOMER));
        assertThat(customers.linkedTo("s-1")).isEmpty();
    }

    @Test
    void anUnverifiedEmailOfAnExistingCustomerIsNotEnoughToLink() {
        AccountLinking linking = new AccountLinking(customers, () -> false);

        assertThatThrownBy(() -> linking.convert(source(Map.of("sub", "s-2", "email", "kari.nordmann@example.com",
                "email_verified", false)))).isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void aLinkedCustomerIsNamedByTheShopsUsernameWithTheShopsRoles() {
        VippsLoginUser user = (VippsLoginUser) new AccountLinking(customers, () -> false).convert(
                source(Map.of("sub", "s-3", "email", "kari.nordmann@example.com", "email_verified", true)));

        assertThat(user.getName()).isEqualTo("kari");
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CUSTOMER");
        assertThat(customers.linkedTo("s-3")).hasValue("kari");
    }

    private static OidcUserSource source(Map<String, Object> userinfo) {
        ClientRegistration registration = ClientRegistration.withRegistrationId("vipps").clientId("c")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://127.0.0.1/login/oauth2/code/vipps").authorizationUri("http://op/auth")
                .tokenUri("http://op/token").build();
        Instant now = Instant.now();
        OidcIdToken idToken = new OidcIdToken("id-token", now, now.plusSeconds(60),
                Map.of("sub", userinfo.get("sub"), "iss", "http://op/"));
        OidcUserRequest request = new OidcUserRequest(registration,
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "at", now, now.plusSeconds(60)), idToken);
        return new OidcUserSource(request, new OidcUserInfo(userinfo), null);
    }
}
