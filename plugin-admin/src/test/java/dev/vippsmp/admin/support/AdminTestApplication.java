package dev.vippsmp.admin.support;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A host as a shop might set itself up: form login, CSRF on (Spring Security's default), and a chain that asks only
 * for a login under {@code /admin}, not for a role, so the plugin's own authority check is what keeps a clerk out.
 * Users: {@code admin} (ROLE_ADMIN) and {@code clerk} (ROLE_CLERK), password "password".
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class AdminTestApplication {

    @Bean
    TestShop testShop() {
        return new TestShop();
    }

    @Bean
    SecurityFilterChain hostSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/admin/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("admin").password("{noop}password").roles("ADMIN").build(),
                User.withUsername("clerk").password("{noop}password").roles("CLERK").build());
    }
}
