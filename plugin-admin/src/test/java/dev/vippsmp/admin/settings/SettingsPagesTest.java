package dev.vippsmp.admin.settings;

import static dev.vippsmp.testsupport.SimulatorDefaults.CLIENT_SECRET;
import static dev.vippsmp.testsupport.SimulatorDefaults.SUBSCRIPTION_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.vippsmp.admin.support.AdminPagesTest;
import dev.vippsmp.admin.support.FormFields;
import dev.vippsmp.admin.support.Simulator;
import dev.vippsmp.core.settings.HeaderPreview;
import dev.vippsmp.core.settings.SettingsAuditEntry;
import dev.vippsmp.core.settings.SettingsChange;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The settings page over HTTP: every setting with a label and help, secrets masked and kept when untouched, only
 * what changed saved and audited, refused input back as the form with its errors and nothing saved, the preview and
 * "Test connection" reading the form as typed without saving it.
 */
class SettingsPagesTest extends AdminPagesTest {

    private static final String SETTINGS = BASE + "/settings";
    private static final List<String> FIELDS = List.of("enabled", "market", "orderStatusAfterApproval",
            "capturePolicy", "referencePrefix", "receipts", "expressCart", "expressProductPages", "shippingMode",
            "expressAlwaysAskForAddress", "environment", "test.merchantSerialNumber", "test.clientId",
            "test.clientSecret", "test.subscriptionKey", "production.merchantSerialNumber", "production.clientId",
            "production.clientSecret", "production.subscriptionKey", "baseUrl", "systemName", "systemVersion",
            "pluginName", "pluginVersion");

    @AfterEach
    void restoreSettings() {
        settings.update(SettingsChange.none().withTest(new SettingsChange.Keys(null, null, CLIENT_SECRET, null))
                .withBaseUrl(SettingsChange.NO_OVERRIDE)
                .withSystem(new SettingsChange.SystemInfo("admin-test-shop", "1.0.0", "vipps-mobilepay-spring",
                        settings.current().systemHeaders().pluginVersion())), "test");
    }

    private Map<String, String> shownForm() throws Exception {
        return new HashMap<>(FormFields.of(html(getAsAdmin(SETTINGS)), "#vipps-settings"));
    }

    @Test
    void everySettingHasALabelAndHelpTextAndThePreviewShowsWhatIsSaved() throws Exception {
        MockHttpServletResponse response = getAsAdmin(SETTINGS);
        Document page = html(response);

        assertThat(response.getStatus()).isEqualTo(200);
        for (String name : FIELDS) {
            Element field = page.selectFirst("[name='" + name + "']");
            assertThat(field).as(name).isNotNull();
            Element wrapper = field.closest(".field");
            assertThat(wrapper.select("label, legend").text()).as("label of %s", name).isNotBlank();
            assertThat(wrapper.select(".help").text()).as("help of %s", name).isNotBlank();
        }
        HeaderPreview saved = settings.headerPreview();
        assertThat(page.select("#header-preview .preview-base").text()).isEqualTo(saved.baseUrl());
        for (var header : saved.headers().entrySet()) {
            assertThat(page.select("#header-preview tr[data-header=" + header.getKey() + "] td").text())
                    .as(header.getKey()).isEqualTo(header.getValue());
        }
        assertThat(page.selectFirst("[name='test.clientSecret']").attr("value")).isEqualTo(SettingsForm.MASK);
        assertThat(page.selectFirst("[name='production.clientSecret']").attr("value")).isEmpty();
        assertThat(page.select("script[src]").eachAttr("src")).anyMatch(src -> src.contains("/assets/settings"));
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(response.getContentAsString()).doesNotContain(CLIENT_SECRET, SUBSCRIPTION_KEY);
    }

    @Test
    void savingWritesOnlyWhatChangedWithOneAuditLinePerFieldAndKeepsUntouchedSecrets() throws Exception {
        Map<String, String> form = shownForm();
        int audited = settings.auditTrail(1000).size();
        form.put("pluginName", "fjellbu-vipps");
        form.put("pluginVersion", "2.0.0-rc1");

        MockHttpServletResponse response = postAsAdmin(SETTINGS, form);

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo(SETTINGS);
        assertThat(settings.current().systemHeaders().pluginName()).isEqualTo("fjellbu-vipps");
        assertThat(settings.current().testKeys().clientSecret()).isEqualTo(CLIENT_SECRET);
        List<SettingsAuditEntry> trail = settings.auditTrail(1000);
        assertThat(trail).hasSize(audited + 2);
        assertThat(trail.subList(0, 2)).extracting(SettingsAuditEntry::field)
                .containsExactlyInAnyOrder("pluginName", "pluginVersion");
        assertThat(trail.get(0).actor()).isEqualTo("admin");
        assertThat(html(getAsAdmin(SETTINGS)).select("#header-preview tr[data-header=Vipps-System-Plugin-Name] td")
                .text()).isEqualTo("fjellbu-vipps");
    }

    @Test
    void savingTheFormAsShownChangesNothing() throws Exception {
        Map<String, Object> before = writtenRows();

        MockHttpServletResponse response = postAsAdmin(SETTINGS, shownForm());

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(writtenRows()).isEqualTo(before);
    }

    @Test
    void aHeaderValueOfThirtyOneCharactersIsRefusedWithAMessageAndNothingIsSaved() throws Exception {
        Map<String, String> form = shownForm();
        form.put("pluginName", "p".repeat(31));
        form.put("systemVersion", "versjon-ø");
        Map<String, Object> before = writtenRows();

        MockHttpServletResponse response = postAsAdmin(SETTINGS, form);
        Document page = html(response);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(page.select("#pluginName").first().closest(".field").select(".field-error").text())
                .isEqualTo("At most 30 characters are allowed; this has 31.");
        assertThat(page.select("#systemVersion").first().closest(".field").select(".field-error").text())
                .contains("plain ASCII");
        assertThat(page.select("#settings-errors").text()).startsWith("Nothing was saved");
        assertThat(page.select("#pluginName").attr("value")).isEqualTo("p".repeat(31));
        assertThat(writtenRows()).isEqualTo(before);
    }

    @Test
    void aNewSecretIsSavedEncryptedAndNeverSentBackNotEvenWhenTheFormIsRefused() throws Exception {
        String newSecret = "rotated-client-secret-7f3a";
        Map<String, String> refused = shownForm();
        refused.put("test.clientSecret", newSecret);
        refused.put("referencePrefix", "no spaces allowed");

        MockHttpServletResponse again = postAsAdmin(SETTINGS, refused);

        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(again.getContentAsString()).doesNotContain(newSecret);
        assertThat(html(again).selectFirst("[name='test.clientSecret']").attr("value")).isEqualTo(SettingsForm.MASK);
        assertThat(settings.current().testKeys().clientSecret()).isEqualTo(CLIENT_SECRET);

        Map<String, String> form = shownForm();
        form.put("test.clientSecret", newSecret);
        assertThat(postAsAdmin(SETTINGS, form).getStatus()).isEqualTo(302);

        assertThat(settings.current().testKeys().clientSecret()).isEqualTo(newSecret);
        assertThat(jdbc.queryForObject("select test_client_secret_enc from vipps_settings", String.class))
                .doesNotContain(newSecret);
        assertThat(getAsAdmin(SETTINGS).getContentAsString()).doesNotContain(newSecret);
        assertThat(getAsAdmin(SETTINGS + "/history").getContentAsString()).doesNotContain(newSecret)
                .contains("Changed (the value is secret)");
    }

    @Test
    void aChoiceThatIsNotAnOptionAndAKeyEmptiedAreFormErrorsThatSaveNothing() throws Exception {
        Map<String, String> form = shownForm();
        form.put("market", "SE");
        form.put("test.clientId", "");
        form.put("capturePolicy", "");
        Map<String, Object> before = writtenRows();

        MockHttpServletResponse response = postAsAdmin(SETTINGS, form);
        Document page = html(response);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(page.select("#market").first().closest(".field").select(".field-error").text())
                .isEqualTo("That is not one of the options.");
        assertThat(page.select("#capturePolicy").first().closest(".field").select(".field-error").text())
                .isEqualTo("Choose one of the options.");
        assertThat(page.select("#test-clientId").first().closest(".field").select(".field-error").text())
                .startsWith("This key is set and cannot be removed");
        assertThat(response.getContentAsString()).doesNotContain("Exception", "typeMismatch");
        assertThat(writtenRows()).isEqualTo(before);
    }

    @Test
    void valuesTheCoreRefusesComeBackAsFieldErrors() throws Exception {
        Map<String, String> form = shownForm();
        form.put("test.merchantSerialNumber", "12");
        form.put("baseUrl", "ftp://files.example");
        Map<String, Object> before = writtenRows();

        MockHttpServletResponse response = postAsAdmin(SETTINGS, form);
        Document page = html(response);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(page.select("#baseUrl").first().closest(".field").select(".field-error").text())
                .startsWith("Enter a full http or https address");
        assertThat(writtenRows()).isEqualTo(before);
        form.put("baseUrl", "");
        MockHttpServletResponse core = postAsAdmin(SETTINGS, form);
        assertThat(core.getStatus()).isEqualTo(422);
        assertThat(html(core).select("#test-merchantSerialNumber").first().closest(".field").select(".field-error")
                .text()).isEqualTo("The merchant serial number is 4 to 6 digits.");
        assertThat(writtenRows()).isEqualTo(before);
    }

    @Test
    void everyRuleTheCoreAppliesIsShownAtOnceNextToItsFieldInTheAdminsLanguageAndNothingIsSaved() throws Exception {
        Map<String, String> form = shownForm();
        form.put("test.merchantSerialNumber", "12");
        form.put("test.clientId", "client id");
        form.put("production.clientSecret", "a secret with spaces");
        form.put("referencePrefix", "no spaces here");
        form.put("baseUrl", "https://vipps.example/" + "a".repeat(480));
        form.put("systemName", "x".repeat(31));
        Map<String, Object> before = writtenRows();

        MockHttpServletRequestBuilder request = post(SETTINGS).with(admin()).with(csrf())
                .header("Accept-Language", "nb-NO");
        form.forEach(request::param);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        Document page = html(response);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(error(page, "#test-merchantSerialNumber")).isEqualTo("Salgsstedsnummeret (MSN) er 4 til 6 sifre.");
        assertThat(error(page, "#test-clientId")).isEqualTo("En klient-ID er høyst 200 tegn, uten mellomrom.");
        assertThat(error(page, "#production-clientSecret"))
                .isEqualTo("En nøkkel er høyst 200 tegn, uten mellomrom eller andre spesialtegn.");
        assertThat(error(page, "#referencePrefix")).isEqualTo("Bruk høyst 20 bokstaver, sifre eller bindestreker.");
        assertThat(error(page, "#baseUrl")).isEqualTo("En adresse er høyst 500 tegn; denne er lengre.");
        assertThat(error(page, "#systemName")).isEqualTo("Høyst 30 tegn er tillatt; denne har 31.");
        assertThat(response.getContentAsString()).doesNotContain("a secret with spaces");
        assertThat(writtenRows()).isEqualTo(before);
    }

    private static String error(Document page, String field) {
        return page.select(field).first().closest(".field").select(".field-error").text();
    }

    @Test
    void aFormLoadedBeforeAnotherAdminSavedIsRefusedWithTheAdminsValuesKept() throws Exception {
        Map<String, String> form = shownForm();
        settings.update(SettingsChange.none().withSystem(new SettingsChange.SystemInfo("someone-else", null, null,
                null)), "bob");
        form.put("pluginVersion", "3.0.0");

        MockHttpServletResponse response = postAsAdmin(SETTINGS, form);
        Document page = html(response);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(page.select("#settings-stale").text()).startsWith("Someone else saved the settings");
        assertThat(page.select("#pluginVersion").attr("value")).isEqualTo("3.0.0");
        assertThat(settings.current().systemHeaders().pluginVersion()).isNotEqualTo("3.0.0");
        assertThat(postAsAdmin(SETTINGS, FormFields.of(page, "#vipps-settings")).getStatus()).isEqualTo(302);
        assertThat(settings.current().systemHeaders().pluginVersion()).isEqualTo("3.0.0");
    }

    @Test
    void anApiBaseUrlOverrideIsSavedAndRemovedByEmptyingTheField() throws Exception {
        String override = Simulator.baseUrl() + "/";
        Map<String, String> form = shownForm();
        form.put("baseUrl", override);
        assertThat(postAsAdmin(SETTINGS, form).getStatus()).isEqualTo(302);
        assertThat(settings.current().baseUrl()).isEqualTo(URI.create(override));
        assertThat(html(getAsAdmin(SETTINGS)).select("#baseUrl").attr("value")).isEqualTo(override);

        Map<String, String> cleared = shownForm();
        cleared.put("baseUrl", "");
        assertThat(postAsAdmin(SETTINGS, cleared).getStatus()).isEqualTo(302);

        assertThat(settings.current().baseUrl()).isEqualTo(URI.create(Simulator.baseUrl()));
        assertThat(settings.auditTrail(1).get(0).field()).isEqualTo("baseUrl");
    }

    @Test
    void thePreviewFollowsTheFormAsTypedAndSavesNothing() throws Exception {
        Map<String, String> form = shownForm();
        form.put("pluginName", "typed-plugin");
        form.put("systemName", "s".repeat(31));
        form.put("environment", "PRODUCTION");
        Map<String, Object> before = writtenRows();

        MockHttpServletResponse response = postAsAdmin(SETTINGS + "/preview", form);
        Document fragment = html(response);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(fragment.select("#header-preview tr[data-header=Vipps-System-Plugin-Name] td").text())
                .isEqualTo("typed-plugin");
        assertThat(fragment.select("#header-preview tr[data-header=Vipps-System-Name]").hasClass("invalid")).isTrue();
        assertThat(fragment.select(".preview-problems").text())
                .contains("Vipps-System-Name is 31 characters long, but at most 30 are allowed");
        assertThat(fragment.select("#header-preview tr[data-header=Merchant-Serial-Number] td").text()).isEmpty();
        assertThat(fragment.select("html > body > *")).hasSize(1);
        assertThat(writtenRows()).isEqualTo(before);
    }

    @Test
    void testConnectionTriesTheTypedKeysWithoutSavingThem() throws Exception {
        Map<String, String> form = shownForm();
        form.put("test.clientSecret", "a-wrong-client-secret");
        Map<String, Object> before = writtenRows();

        Document fragment = html(postAsAdmin(SETTINGS + "/connection/check", form));
        assertThat(fragment.select("#connection-report").attr("data-outcome")).isEqualTo("WRONG_CLIENT_SECRET");
        assertThat(fragment.select("#connection-report .report-text").text())
                .startsWith("The client secret was refused");

        MockHttpServletResponse withoutScript = postAsAdmin(SETTINGS + "/connection", form);
        assertThat(withoutScript.getStatus()).isEqualTo(200);
        assertThat(html(withoutScript).select("#connection-report").attr("data-outcome"))
                .isEqualTo("WRONG_CLIENT_SECRET");
        assertThat(withoutScript.getContentAsString()).doesNotContain("a-wrong-client-secret");

        Map<String, String> untouched = shownForm();
        assertThat(html(postAsAdmin(SETTINGS + "/connection/check", untouched)).select("#connection-report")
                .attr("data-outcome")).isEqualTo("CONNECTED");
        assertThat(writtenRows()).isEqualTo(before);
    }

    @Test
    void theHistoryNamesWhoChangedWhichSettingAndWhen() throws Exception {
        Map<String, String> form = shownForm();
        form.put("referencePrefix", "hist");
        postAsAdmin(SETTINGS, form);
        try {
            Document history = html(getAsAdmin(SETTINGS + "/history"));

            Element row = history.selectFirst(".audit-trail tr[data-field=referencePrefix]");
            assertThat(row.text()).contains("admin", "Order reference prefix", "adm", "hist");
        } finally {
            settings.update(SettingsChange.none().withReferencePrefix("adm"), "test");
        }
    }

    @Test
    void thePagesSpeakNorwegianToANorwegianBrowser() throws Exception {
        Document page = html(mvc.perform(get(SETTINGS).with(admin()).header("Accept-Language", "nb-NO"))
                .andReturn().getResponse());

        assertThat(page.select("h1").text()).isEqualTo("Innstillinger for Vipps MobilePay");
        assertThat(page.select("label[for=referencePrefix]").text()).isEqualTo("Prefiks for ordrereferanse");
    }

    @Test
    void theRootOfThePrefixLeadsToTheSettings() throws Exception {
        MockHttpServletResponse response = getAsAdmin(BASE);

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo(SETTINGS);
    }
}
