package dev.vippsmp.checkout.support;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A minimal host: whatever Spring Boot auto-configures, the test shop, a page of its own with the express buttons,
 * and a security chain of the host's own that demands CSRF tokens everywhere and lets shoppers in, as a shop's
 * would.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ShopPageController.class)
public class TestApplication {

    @Bean
    TestShop testShop() {
        return new TestShop();
    }

    @Bean
    SecurityFilterChain hostSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'")));
        return http.build();
    }
}
