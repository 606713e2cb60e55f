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
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * The endpoints the vendor's servers call (webhooks, the shipping callback) carry no browser session and no CSRF
 * token; they authenticate by signature and by token themselves. With Spring Security in the host they get a
 * filter chain of their own, ahead of the host's, that lets them through stateless and without CSRF; the host's
 * chain keeps everything else, the checkout's shopper forms included. Added only beside a chain the host (or
 * Spring Boot's default) already has, so it never takes the place of the host's security.
 *
 * <p>The chain holds only what such a request can use: the firewall of the filter chain proxy (which refuses
 * malformed paths before any chain) and the security response headers, written before the endpoint runs rather
 * than by wrapping the response. Nothing else of Spring Security's defaults has work to do here, and each filter is
 * paid for on every delivery of a busy shop: no authorization rules (every request is let through; the endpoints
 * check signature or token themselves), hence no authorization or exception-translation filter; no anonymous user,
 * no security context to load or save, no session, no request cache, no logout, no servlet API wrapper.
 */
@AutoConfiguration(after = {VippsCheckoutAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class})
@ConditionalOnClass({SecurityFilterChain.class, HttpSecurity.class})
@ConditionalOnBean({SecurityFilterChain.class, CheckoutUrls.class})
public final class VippsCheckoutSecurityAutoConfiguration {

    /**
     * The headers written before the endpoint runs: they are the same for every answer, and written after, they
     * need the response wrapped to catch its commit, at a cost on every write.
     */
    private static final ObjectPostProcessor<HeaderWriterFilter> WRITE_HEADERS_FIRST = new ObjectPostProcessor<>() {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    };

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 50)
    @ConditionalOnMissingBean(name = "vippsCallbackSecurity")
    SecurityFilterChain vippsCallbackSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(CheckoutUrls.WEBHOOKS, CheckoutUrls.SHIPPING_CALLBACK)
                .headers(headers -> headers.withObjectPostProcessor(WRITE_HEADERS_FIRST))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.disable())
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> anonymous.disable())
                .exceptionHandling(exceptions -> exceptions.disable())
                .logout(logout -> logout.disable())
                .servletApi(servletApi -> servletApi.disable());
        return http.build();
    }
}
