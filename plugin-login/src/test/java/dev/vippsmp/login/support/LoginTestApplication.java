package dev.vippsmp.login.support;

import dev.vippsmp.login.VippsLogin;
import dev.vippsmp.login.VippsLoginProfiles;
import dev.vippsmp.login.VippsProfile;
import dev.vippsmp.testsupport.MutableClock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A minimal host: Spring Boot's auto-configuration without the payments (a login needs only the settings), the
 * customers port, and a security chain of its own whose
 * {@code oauth2Login} takes Vipps MobilePay Login, as a shop's would. A refused login lands on {@code /login} with
 * the OAuth error code, so a test can say which check refused it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {"dev.vippsmp.core.autoconfigure.VippsPaymentAutoConfiguration",
        "dev.vippsmp.core.autoconfigure.VippsSchedulingAutoConfiguration"})
@Import(LoginTestApplication.Pages.class)
public class LoginTestApplication {

    /** Moved by tests past the settings' refresh interval when they change the settings behind the services. */
    @Bean
    MutableClock clock() {
        return new MutableClock(Instant.now());
    }

    @Bean
    TestCustomers testCustomers() {
        TestCustomers customers = new TestCustomers();
        customers.reset();
        return customers;
    }

    @Bean
    SecurityFilterChain hostSecurity(HttpSecurity http, VippsLogin vippsLogin) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/account").hasRole("CUSTOMER")
                        .anyRequest().permitAll())
                .oauth2Login(login -> vippsLogin.apply(login.loginPage("/login")
                        .defaultSuccessUrl("/account", true)
                        .failureHandler((request, response, exception) -> response.sendRedirect("/login?error="
                                + URLEncoder.encode(exception instanceof OAuth2AuthenticationException oauth
                                        ? oauth.getError().getErrorCode() : "other", StandardCharsets.UTF_8)))));
        return http.build();
    }

    @RestController
    static class Pages {

        @GetMapping("/login")
        String login(@RequestParam(required = false) String error) {
            return error == null ? "login page" : "login refused: " + error;
        }

        @GetMapping("/account")
        String account(Authentication authentication) {
            VippsProfile profile = VippsLoginProfiles.current().orElseThrow();
            return "customer " + authentication.getName() + " | " + profile.name() + " | " + profile.email() + " | "
                    + profile.phoneNumber() + " | " + (profile.address() == null ? "-" : profile.address().postalCode());
        }
    }
}
