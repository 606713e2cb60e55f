package dev.vippsmp.demoshop.vipps.login;

import dev.vippsmp.login.VippsLogin;
import dev.vippsmp.login.oidc.AccountLinking;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The customers' own chain, ahead of the shop's: the login page, Log in with Vipps MobilePay through
 * {@code oauth2Login}, "My orders" for the CUSTOMER role, and logging out. The security context lives in the
 * session, so the shop's other pages (the checkout) see the logged-in customer too.
 */
@Configuration(proxyBeanMethods = false)
class CustomerLoginSecurity {

    static final String LOGIN_PAGE = "/login";

    @Bean
    @Order(1)
    SecurityFilterChain customerSecurity(HttpSecurity http, VippsLogin vippsLogin) throws Exception {
        http
                .securityMatcher("/login", "/logout", "/account/**", "/oauth2/**", "/login/oauth2/**")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/account/**").hasRole(DemoShopLoginCustomers.ROLE)
                        .anyRequest().permitAll())
                .oauth2Login(login -> vippsLogin.apply(login
                        .loginPage(LOGIN_PAGE)
                        .defaultSuccessUrl("/account/orders", false)
                        .failureHandler((request, response, exception) -> response.sendRedirect(
                                request.getContextPath() + LOGIN_PAGE + "?error=" + (isNoCustomer(exception)
                                        ? "no-customer" : "failed")))))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"));
        return http.build();
    }

    private static boolean isNoCustomer(Exception exception) {
        return exception instanceof OAuth2AuthenticationException oauth
                && AccountLinking.NO_CUSTOMER.equals(oauth.getError().getErrorCode());
    }
}
