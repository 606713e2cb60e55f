package dev.vippsmp.login.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.login.support.Browserless;
import dev.vippsmp.login.support.LoginIntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The login's admin page: what it saves applies to the next login (scopes, the automatic return, on or off), a stale
 * or invalid save is refused with a 400 and a message, and the form carries the host's CSRF token.
 */
class LoginSettingsPageTest extends LoginIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void savedScopesAndTheAutomaticReturnApplyToTheNextAuthorizeRequest() {
        Browserless admin = new Browserless();
        Browserless.Page saved = save(admin, form(admin, "0", true, true, "name", "email"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(admin.get(shop("/admin/vipps/login?saved")).body()).contains("login-settings-saved");

        Map<String, String> authorize = Browserless.params(
                new Browserless().get(shop("/oauth2/authorization/vipps")).location());

        assertThat(authorize).containsEntry("scope", "openid name email")
                .containsEntry("requested_flow", "automatic_return_from_vipps_app");
    }

    @Test
    void aDisabledLoginStartsNothingAndTheButtonIsGone() {
        Browserless admin = new Browserless();
        save(admin, form(admin, "0", false, false, "name"));

        Browserless.Page start = new Browserless().get(shop("/oauth2/authorization/vipps"));

        assertThat(start.status()).as("not a login request, no page there").isEqualTo(404);
    }

    @Test
    void aSaveOnAStaleVersionIsRefusedWithA400AndAMessage() {
        Browserless admin = new Browserless();
        save(admin, form(admin, "0", true, false, "name"));

        Browserless.Page stale = save(admin, form(admin, "0", true, false, "email"));

        assertThat(stale.status()).isEqualTo(400);
        assertThat(stale.body()).contains("login-settings-problem").contains("Someone else saved");
    }

    @Test
    void anUnknownScopeIsRefusedWithA400() {
        Browserless admin = new Browserless();

        Browserless.Page refused = save(admin, form(admin, "0", true, false, "shoeSize"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Choose only among the scopes listed");
    }

    @Test
    void theFormShowsTheRedirectUriToRegisterAndASaveWithoutTheCsrfTokenIsForbidden() {
        Browserless admin = new Browserless();
        String page = admin.get(shop("/admin/vipps/login")).body();
        assertThat(page).contains(shop("/login/oauth2/code/vipps"));

        Map<String, String> form = form(admin, "0", true, false, "name");
        form.remove("_csrf");

        assertThat(save(admin, form).status()).isEqualTo(403);
    }

    private Map<String, String> form(Browserless admin, String version, boolean enabled, boolean automaticReturn,
            String... scopes) {
        Matcher csrf = CSRF.matcher(admin.get(shop("/admin/vipps/login")).body());
        assertThat(csrf.find()).as("the form carries a CSRF token").isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf.group(1));
        form.put("version", version);
        if (enabled) {
            form.put("enabled", "true");
        }
        if (automaticReturn) {
            form.put("automaticReturn", "true");
        }
        form.put("createCustomers", "true");
        form.put("scopes", String.join(",", scopes));
        return form;
    }

    private Browserless.Page save(Browserless admin, Map<String, String> form) {
        return admin.postForm(shop("/admin/vipps/login"), form);
    }
}
