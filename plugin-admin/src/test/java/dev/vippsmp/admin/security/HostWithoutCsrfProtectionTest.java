package dev.vippsmp.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.vippsmp.admin.support.AdminTestApplication;
import dev.vippsmp.admin.support.Simulator;
import dev.vippsmp.core.settings.SettingsService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A host that switched CSRF protection off for the plugin's paths: the plugin fails closed, refusing every change
 * and saying why in the log, while its pages can still be read.
 */
@SpringBootTest(classes = {AdminTestApplication.class, HostWithoutCsrfProtectionTest.NoCsrfHost.class}, properties = {
        "spring.datasource.url=jdbc:h2:mem:vipps-admin-nocsrf;DB_CLOSE_DELAY=-1",
        "vipps.test.merchant-serial-number=123456",
        "vipps.test.client-id=sim-client-id",
        "vipps.test.client-secret=sim-client-secret",
        "vipps.test.subscription-key=sim-subscription-key",
        "vipps.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        "vipps.background-jobs.enabled=false"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class HostWithoutCsrfProtectionTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private SettingsService settings;

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("vipps.base-url", Simulator::baseUrl);
    }

    @Test
    void everyChangeIsRefusedAndTheLogSaysWhy(CapturedOutput output) throws Exception {
        long version = settings.current().version();

        int status = mvc.perform(post("/admin/vipps/settings").with(user("admin").roles("ADMIN"))
                .param("version", String.valueOf(version)).param("pluginName", "intruder")).andReturn()
                .getResponse().getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(settings.current().version()).isEqualTo(version);
        assertThat(output).contains("provides no CSRF token", "refuses every change until CSRF protection is on");
        assertThat(mvc.perform(get("/admin/vipps/settings").with(user("admin").roles("ADMIN"))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
    }

    @Configuration(proxyBeanMethods = false)
    static class NoCsrfHost {

        @Bean
        @Order(1)
        SecurityFilterChain adminWithoutCsrf(HttpSecurity http) throws Exception {
            http.securityMatcher("/admin/vipps/**")
                    .authorizeHttpRequests(authorize -> authorize.anyRequest().hasRole("ADMIN"))
                    .csrf(AbstractHttpConfigurer::disable);
            return http.build();
        }
    }
}
