package dev.vippsmp.recurring.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The subscriptions' test host ({@link dev.vippsmp.recurring.support.RecurringHost}) with an admin login, set up as
 * plugin-admin's test host is: form login, CSRF on, a chain that asks only for a login under {@code /admin}, so the
 * admin's own authority check keeps a clerk out. Users {@code admin} (ROLE_ADMIN) and {@code clerk} (ROLE_CLERK),
 * password "password".
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurity {

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
