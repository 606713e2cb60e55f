package dev.vippsmp.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.vippsmp.admin.support.AdminPagesTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Behind a host whose chain only asks for a login: nobody gets in without logging in, a logged-in user without the
 * admin authority is refused by the plugin itself, and a change without the CSRF token is refused; none of them
 * writes anything.
 */
class AdminAccessTest extends AdminPagesTest {

    private static final List<String> PAGES = List.of(BASE, BASE + "/settings", BASE + "/settings/history",
            BASE + "/payments", BASE + "/payments/adm-x-1", BASE + "/webhooks", BASE + "/dashboard",
            BASE + "/assets/settings.js");
    private static final List<String> ACTIONS = List.of(BASE + "/settings", BASE + "/settings/preview",
            BASE + "/settings/connection", BASE + "/settings/connection/check", BASE + "/payments/adm-x-1/capture",
            BASE + "/payments/adm-x-1/refund", BASE + "/payments/adm-x-1/cancel", BASE + "/payments/adm-x-1/refresh",
            BASE + "/webhooks", BASE + "/webhooks/abc/delete");

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void withoutLoginEveryPageAndActionLeadsToTheHostsLogin() throws Exception {
        Map<String, Object> before = writtenRows();
        for (String page : PAGES) {
            MockHttpServletResponse response = perform(get(page));
            assertThat(response.getStatus()).as(page).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(page).endsWith("/login");
        }
        for (String action : ACTIONS) {
            MockHttpServletResponse response = perform(post(action).with(csrf()).param("amount", "1")
                    .param("version", "0").param("pluginName", "intruder"));
            assertThat(response.getStatus()).as(action).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(action).endsWith("/login");
        }
        assertThat(writtenRows()).isEqualTo(before);
    }

    @Test
    void aLoggedInUserWithoutTheAdminAuthorityIsRefusedEverywhere() throws Exception {
        Map<String, Object> before = writtenRows();
        for (String page : PAGES) {
            assertThat(perform(get(page).with(user("clerk").roles("CLERK"))).getStatus()).as(page).isEqualTo(403);
        }
        for (String action : ACTIONS) {
            assertThat(perform(post(action).with(user("clerk").roles("CLERK")).with(csrf()).param("amount", "1")
                    .param("version", "0").param("pluginName", "intruder")).getStatus()).as(action).isEqualTo(403);
        }
        assertThat(writtenRows()).isEqualTo(before);
    }

    @Test
    void everyChangeWithoutTheCsrfTokenIsRefused() throws Exception {
        Map<String, Object> before = writtenRows();
        for (String action : ACTIONS) {
            assertThat(perform(post(action).with(admin()).param("amount", "1").param("version", "0")
                    .param("pluginName", "intruder")).getStatus()).as(action).isEqualTo(403);
            assertThat(perform(post(action).with(admin()).with(csrf().useInvalidToken()).param("amount", "1"))
                    .getStatus()).as(action).isEqualTo(403);
        }
        assertThat(writtenRows()).isEqualTo(before);
    }

    @Test
    void anAdminGetsEveryPage() throws Exception {
        for (String page : List.of(BASE + "/settings", BASE + "/settings/history", BASE + "/payments",
                BASE + "/webhooks", BASE + "/dashboard", BASE + "/assets/settings.js",
                BASE + "/assets/vipps-admin.css")) {
            assertThat(getAsAdmin(page).getStatus()).as(page).isEqualTo(200);
        }
    }
}
