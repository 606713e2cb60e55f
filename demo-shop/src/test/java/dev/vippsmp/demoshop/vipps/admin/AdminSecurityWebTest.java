package dev.vippsmp.demoshop.vipps.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.demoshop.testing.ShopClient;
import dev.vippsmp.demoshop.testing.ShopClient.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * The plugin's pages and actions in the shop are refused without a login (the login page), to a logged-in user
 * without the admin role (403), and without the CSRF token (403); none of these writes anything or calls the
 * vendor. The pages carry the shop's content security policy.
 */
class AdminSecurityWebTest extends AdminWebTest {

    private static final List<String> PAGES = List.of("/admin/vipps", "/admin/vipps/settings",
            "/admin/vipps/settings/history", "/admin/vipps/payments", "/admin/vipps/payments/fjellbu-1-1",
            "/admin/vipps/webhooks", "/admin/vipps/dashboard", "/admin/vipps/assets/settings.js");
    private static final List<String> ACTIONS = List.of("/admin/vipps/settings", "/admin/vipps/settings/preview",
            "/admin/vipps/settings/connection", "/admin/vipps/settings/connection/check",
            "/admin/vipps/payments/REF/capture", "/admin/vipps/payments/REF/refund",
            "/admin/vipps/payments/REF/cancel", "/admin/vipps/payments/REF/refresh", "/admin/vipps/webhooks",
            "/admin/vipps/webhooks/ID/delete");
    private static final String CLERK = "clerk";

    @Autowired
    private UserDetailsService users;

    private String reference;
    private String webhook;

    @BeforeEach
    void aClerkAPaymentAndAWebhook() {
        UserDetailsManager manager = (UserDetailsManager) users;
        if (!manager.userExists(CLERK)) {
            manager.createUser(User.withUsername(CLERK).password("{noop}clerk-password").roles("STAFF").build());
        }
        reference = reservedPayment("enamel-mug");
        webhook = client.webhooks().list().get(0).id();
    }

    private String action(String template) {
        return template.replace("REF", reference).replace("ID", webhook);
    }

    private Map<String, String> harmfulForm() {
        return Map.of("amount", "10", "version", "0", "pluginName", "intruder", "url", "https://evil.example/hook");
    }

    @Test
    void withoutLoginEveryPageAndActionLeadsToTheLoginAndNothingHappens() {
        Map<String, Object> before = pluginRows();
        ShopClient anonymous = newVisitor();
        for (String page : PAGES) {
            Response response = anonymous.get(page);
            assertThat(response.status()).as(page).isEqualTo(302);
            assertThat(response.location()).as(page).endsWith("/admin/login");
        }
        for (String action : ACTIONS) {
            Response response = anonymous.postFrom("/products/enamel-mug", action(action), harmfulForm());
            assertThat(response.status()).as(action).isEqualTo(302);
            assertThat(response.location()).as(action).endsWith("/admin/login");
        }
        assertThat(pluginRows()).isEqualTo(before);
        assertThat(simulator().payment(reference).get("capturedAmount").asLong()).isZero();
        assertThat(client.webhooks().list()).extracting(w -> w.id()).contains(webhook);
    }

    @Test
    void aLoggedInUserWithoutTheAdminRoleIsRefusedEverywhere() {
        Map<String, Object> before = pluginRows();
        ShopClient clerk = newVisitor().loginAsAdmin(CLERK, "clerk-password");
        for (String page : PAGES) {
            assertThat(clerk.get(page).status()).as(page).isEqualTo(403);
        }
        for (String action : ACTIONS) {
            assertThat(clerk.postFrom("/products/enamel-mug", action(action), harmfulForm()).status()).as(action)
                    .isEqualTo(403);
        }
        assertThat(pluginRows()).isEqualTo(before);
        assertThat(simulator().payment(reference).get("capturedAmount").asLong()).isZero();
    }

    @Test
    void anAdminsChangeWithoutTheCsrfTokenIsRefused() {
        Map<String, Object> before = pluginRows();
        ShopClient admin = admin();
        for (String action : ACTIONS) {
            assertThat(admin.post(action(action), harmfulForm()).status()).as(action).isEqualTo(403);
            Map<String, String> forged = new java.util.HashMap<>(harmfulForm());
            forged.put("_csrf", "forged-token");
            assertThat(admin.post(action(action), forged).status()).as(action).isEqualTo(403);
        }
        assertThat(pluginRows()).isEqualTo(before);
        assertThat(simulator().payment(reference).get("capturedAmount").asLong()).isZero();
        assertThat(client.webhooks().list()).extracting(w -> w.url()).doesNotContain("https://evil.example/hook");
    }

    @Test
    void thePagesAreServedUnderTheShopsContentSecurityPolicyWithTheirScriptAsAFile() {
        Response settingsPage = admin().get("/admin/vipps/settings");

        assertThat(settingsPage.status()).isEqualTo(200);
        assertThat(settingsPage.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(settingsPage.html().select("script:not([src])")).isEmpty();
        assertThat(settingsPage.html().select("script[src]").eachAttr("src"))
                .allMatch(src -> src.startsWith("/admin/vipps/assets/")).hasSize(2);
        assertThat(settingsPage.html().select("[onclick], [onchange], [oninput], [style]")).isEmpty();
    }
}
