package dev.vippsmp.checkout.autoconfigure;

import dev.vippsmp.checkout.config.CheckoutUrls;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The endpoints the vendor's servers call (webhooks, the shipping callback) carry no browser session and no CSRF
 * token; they authenticate by signature and by token themselves. With Spring Security in the host they get a
 * filter chain of their own, ahead of the host's, that lets them through stateless and without CSRF; the host's
 * chain keeps everything else, the checkout's shopper forms included. Added only beside a chain the host (or
 * Spring Boot's default) already has, so it never takes the place of the host's security.
 */
@AutoConfiguration(after = {VippsCheckoutAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class})
@ConditionalOnClass({SecurityFilterChain.class, HttpSecurity.class})
@ConditionalOnBean({SecurityFilterChain.class, CheckoutUrls.class})
public final class VippsCheckoutSecurityAutoConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 50)
    @ConditionalOnMissingBean(name = "vippsCallbackSecurity")
    SecurityFilterChain vippsCallbackSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(CheckoutUrls.WEBHOOKS, CheckoutUrls.SHIPPING_CALLBACK)
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
