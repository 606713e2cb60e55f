package dev.vippsmp.login;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A customer logged in with Vipps MobilePay: the OpenID Connect user, known by the shop's username, with the
 * customer's roles and the profile the user shared.
 */
public final class VippsLoginUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final LoginCustomer customer;
    private final VippsProfile profile;

    public VippsLoginUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
            OidcUserInfo userInfo, LoginCustomer customer) {
        super(authorities, idToken, userInfo, "sub");
        this.customer = customer;
        this.profile = VippsProfile.of(getClaims());
    }

    public LoginCustomer customer() {
        return customer;
    }

    public VippsProfile profile() {
        return profile;
    }

    /** The shop's username, so that {@code Authentication.getName()} names the customer, not the {@code sub}. */
    @Override
    public String getName() {
        return customer.username();
    }
}
