package dev.vippsmp.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.vippsmp.admin.support.AdminTestApplication;
import dev.vippsmp.admin.support.Simulator;
import dev.vippsmp.core.settings.SettingsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A host whose chain lets the plugin's paths through with nothing but a login, and skips CSRF there: the plugin
 * still asks for its configured authority (here ROLE_VIPPS, not ROLE_ADMIN) and still refuses a change without the
 * session's token, while a change with it goes through.
 */
@SpringBootTest(classes = {AdminTestApplication.class, HostWithoutCsrfCheckTest.LaxHost.class}, properties = {
        "spring.datasource.url=jdbc:h2:mem:vipps-admin-lax;DB_CLOSE_DELAY=-1",
        "vipps.test.merchant-serial-number=123456",
        "vipps.test.client-id=sim-client-id",
        "vipps.test.client-secret=sim-client-secret",
        "vipps.test.subscription-key=sim-subscription-key",
        "vipps.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        "vipps.background-jobs.enabled=false",
        "vipps.admin.authority=ROLE_VIPPS"})
@AutoConfigureMockMvc
class HostWithoutCsrfCheckTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private SettingsService settings;

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("vipps.base-url", Simulator::baseUrl);
    }

    @Test
    void theConfiguredAuthorityIsTheOneThatCounts() throws Exception {
        assertThat(mvc.perform(get("/admin/vipps/settings").with(user("admin").roles("ADMIN"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/admin/vipps/settings").with(user("vipps").roles("VIPPS"))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aChangeWithoutTheTokenIsRefusedByThePluginAndOneWithItGoesThrough() throws Exception {
        long version = settings.current().version();

        int without = mvc.perform(post("/admin/vipps/settings").with(user("vipps").roles("VIPPS"))
                .param("version", String.valueOf(version)).param("pluginName", "intruder")).andReturn()
                .getResponse().getStatus();
        int wrong = mvc.perform(post("/admin/vipps/settings").with(user("vipps").roles("VIPPS"))
                .with(csrf().useInvalidToken()).param("version", String.valueOf(version))
                .param("pluginName", "intruder")).andReturn().getResponse().getStatus();
        int with = mvc.perform(post("/admin/vipps/settings/preview").with(user("vipps").roles("VIPPS")).with(csrf())
                .param("pluginName", "allowed")).andReturn().getResponse().getStatus();

        assertThat(without).isEqualTo(403);
        assertThat(wrong).isEqualTo(403);
        assertThat(with).isEqualTo(200);
        assertThat(settings.current().version()).isEqualTo(version);
        assertThat(settings.current().systemHeaders().pluginName()).isNotEqualTo("intruder");
    }

    /** A chain for the plugin's paths, ahead of the host's own, that asks only for a login and skips CSRF. */
    @Configuration(proxyBeanMethods = false)
    static class LaxHost {

        @Bean
        @Order(1)
        SecurityFilterChain laxAdmin(HttpSecurity http) throws Exception {
            http.securityMatcher("/admin/vipps/**")
                    .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                    .csrf(csrf -> csrf.ignoringRequestMatchers("/admin/vipps/**"));
            return http.build();
        }
    }
}
