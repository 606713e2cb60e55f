package dev.vippsmp.login.oidc;

import dev.vippsmp.login.LoginCustomer;
import dev.vippsmp.login.VippsLoginCustomers;
import dev.vippsmp.login.VippsLoginUser;
import dev.vippsmp.login.VippsProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserSource;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a verified OpenID Connect login into the shop's customer: the one linked to the {@code sub} before, else
 * the one with the verified email, else the one with the phone number (the app has verified it), else a new one
 * when the settings allow. An unverified email never links: anyone could have typed it.
 */
public final class AccountLinking implements Converter<OidcUserSource, OidcUser> {

    /** The error code of a login that finds no customer while creating one is not allowed. */
    public static final String NO_CUSTOMER = "vipps_login_no_customer";

    private static final Logger log = LoggerFactory.getLogger(AccountLinking.class);

    private final VippsLoginCustomers customers;
    private final BooleanSupplier createCustomers;

    /** @param createCustomers whether a login that matches no customer creates one, as the settings say now */
    public AccountLinking(VippsLoginCustomers customers, BooleanSupplier createCustomers) {
        this.customers = customers;
        this.createCustomers = createCustomers;
    }

    @Override
    public OidcUser convert(OidcUserSource source) {
        OidcIdToken idToken = source.getUserRequest().getIdToken();
        OidcUserInfo userInfo = source.getUserInfo();
        Map<String, Object> claims = new LinkedHashMap<>(idToken.getClaims());
        if (userInfo != null) {
            claims.putAll(userInfo.getClaims());
        }
        VippsProfile profile = VippsProfile.of(claims);
        LoginCustomer customer = find(profile).orElseGet(() -> create(profile));
        customers.link(customer, profile.sub());
        List<SimpleGrantedAuthority> authorities = customer.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        return new VippsLoginUser(authorities, idToken, userInfo, customer);
    }

    private Optional<LoginCustomer> find(VippsProfile profile) {
        return customers.findLinked(profile.sub())
                .or(() -> profile.verifiedEmail() == null ? Optional.empty()
                        : customers.findByEmail(profile.verifiedEmail()))
                .or(() -> profile.phoneNumber() == null || profile.phoneNumber().isBlank() ? Optional.empty()
                        : customers.findByPhoneNumber(profile.phoneNumber()));
    }

    private LoginCustomer create(VippsProfile profile) {
        if (!createCustomers.getAsBoolean()) {
            // No personal data in the log: the sub identifies the user to the vendor's support, nothing more.
            log.info("A Vipps MobilePay login (sub {}) matched no customer, and creating customers is off", profile.sub());
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_CUSTOMER,
                    "No customer has this verified email or phone number, and new customers are not created", null));
        }
        return customers.create(profile);
    }
}
