package dev.vippsmp.demoshop.vipps.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.demoshop.testing.ShopClient;
import dev.vippsmp.demoshop.testing.ShopClient.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the plugin's forms in the shop gets a form error (422) or a readable 4xx page in the shop's admin
 * frame, never a stack trace, and writes nothing: no setting, no audit line, no money moved, nothing sent to the
 * vendor.
 */
class AdminBadInputWebTest extends AdminWebTest {

    private Map<String, String> settingsForm(ShopClient admin) {
        return new HashMap<>(AdminFixtures.formFields(admin.get(AdminFixtures.SETTINGS).html(), "#vipps-settings"));
    }

    private static void assertReadable(Response response) {
        assertThat(response.body()).doesNotContain("Exception", "at dev.vippsmp", "Whitelabel", "typeMismatch");
        assertThat(response.html().select(".admin-header")).as("the shop's admin frame").isNotEmpty();
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "market|SE",
            "environment|STAGING",
            "capturePolicy|''",
            "expressProductPages|MANY",
            "orderStatusAfterApproval|SHIPPED",
            "test.merchantSerialNumber|12ab",
            "test.merchantSerialNumber|''",
            "test.clientId|with space",
            "test.clientSecret|with space",
            "referencePrefix|has spaces",
            "referencePrefix|this-prefix-is-far-too-long",
            "baseUrl|javascript:alert(1)",
            "baseUrl|//no-scheme.example",
            "baseUrl|http://vipps.example",
            "systemName|''",
            "systemName|ÆØÅ-butikk",
            "pluginName|navn-med-ø",
            "pluginVersion|1234567890123456789012345678901"})
    void aBadSettingIsAFormErrorAndNothingIsSaved(String field, String value) {
        ShopClient admin = admin();
        Map<String, String> form = settingsForm(admin);
        form.put(field, value);
        Map<String, Object> before = pluginRows();

        Response response = admin.post(AdminFixtures.SETTINGS, form);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text("#settings-errors")).startsWith("Nothing was saved");
        assertThat(response.html().select(".field-error").eachText()).isNotEmpty();
        assertReadable(response);
        assertThat(pluginRows()).isEqualTo(before);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "abc", "-100", "1e2", "10.999", "0", "1,000", "kr 50", "99999999"})
    void aBadAmountIsAFormErrorAndNothingIsSentToTheVendor(String amount) {
        String reference = reservedPayment("cheese-slicer");
        ShopClient admin = admin();
        Response page = admin.get(AdminFixtures.PAYMENTS + "/" + reference);
        int requestsBefore = simulator().journal(reference).size();
        Map<String, Object> before = pluginRows();

        Response response = admin.post(AdminFixtures.PAYMENTS + "/" + reference + "/capture", Map.of(
                "_csrf", page.html().selectFirst("#capture-form input[name=_csrf]").attr("value"),
                "version", page.html().selectFirst("#capture-form input[name=version]").attr("value"),
                "amount", amount));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text(".vipps-problem .problem-text")).isNotBlank();
        assertReadable(response);
        assertThat(pluginRows()).isEqualTo(before);
        assertThat(simulator().journal(reference)).hasSize(requestsBefore + 2)
                .noneMatch(entry -> entry.get("path").asString().endsWith("/capture"));
    }

    @Test
    void malformedRequestsGetAReadableClientError() {
        ShopClient admin = admin();
        String token = admin.csrfToken(AdminFixtures.SETTINGS);
        Map<String, Object> before = pluginRows();

        for (String path : List.of("/admin/vipps/payments?page=-1", "/admin/vipps/payments?page=x",
                "/admin/vipps/payments?status=PAID", "/admin/vipps/payments?q=" + "q".repeat(101))) {
            Response response = admin.get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertReadable(response);
        }
        Map<String, String> tampered = settingsForm(admin);
        tampered.put("version", "not-a-number");
        Response badVersion = admin.post(AdminFixtures.SETTINGS, tampered);
        assertThat(badVersion.status()).isEqualTo(400);
        assertReadable(badVersion);
        Response unknown = admin.get(AdminFixtures.PAYMENTS + "/fjellbu-999999-1");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text(".error-message")).isEqualTo("There is no such payment.");
        assertThat(admin.post(AdminFixtures.PAYMENTS + "/fjellbu-1-1/capture", Map.of("_csrf", token,
                "amount", "10")).status()).isEqualTo(400);
        assertThat(admin.post(AdminFixtures.ADMIN + "/webhooks", Map.of("_csrf", token,
                "url", "https://shop.example/hook", "events", "not.an.event")).status()).isEqualTo(400);
        Response badUrl = admin.post(AdminFixtures.ADMIN + "/webhooks", Map.of("_csrf", token,
                "url", "http://shop.example/hook"));
        assertThat(badUrl.status()).isEqualTo(422);
        assertThat(badUrl.text(".vipps-problem .problem-text")).startsWith("Enter a full https address");
        assertThat(pluginRows()).isEqualTo(before);
    }
}
