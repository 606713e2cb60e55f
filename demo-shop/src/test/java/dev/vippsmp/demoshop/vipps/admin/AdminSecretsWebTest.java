package dev.vippsmp.demoshop.vipps.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.settings.SecretCipher;
import dev.vippsmp.demoshop.testing.ShopClient;
import dev.vippsmp.demoshop.testing.ShopClient.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * No page, log line or logged exception carries a secret: every admin page is read, and every kind of failure the
 * admin can cause is provoked (a refused save with new secrets typed, a wrong secret tested, the production keys
 * tested where the vendor refuses them and against an address the saved secrets may not go to, a key the vendor
 * refuses, a capture the vendor refuses, malformed input), with the plugin's and Spring's web and security logging
 * turned up to DEBUG; then the pages and the captured output are searched for every configured secret (the test
 * and the production key set's, and the key that encrypts secrets at rest), the webhook's signing secret and the
 * secrets the admin typed.
 */
@ExtendWith(OutputCaptureExtension.class)
// A production key set only here (a shop of its own, then), so no other test of the shared shop ever sees it.
@TestPropertySource(properties = {
        "vipps.production.merchant-serial-number=987654",
        "vipps.production.client-id=prod-client-id",
        "vipps.production.client-secret=" + AdminSecretsWebTest.PRODUCTION_SECRET,
        "vipps.production.subscription-key=" + AdminSecretsWebTest.PRODUCTION_KEY})
class AdminSecretsWebTest extends AdminWebTest {

    static final String PRODUCTION_SECRET = "production-secret-never-to-be-shown-5d2e";
    static final String PRODUCTION_KEY = "production-key-never-to-be-shown-71b0";
    private static final String TYPED_SECRET = "typed-secret-never-to-be-shown-4c1e";
    private static final String WRONG_SECRET = "wrong-secret-never-to-be-shown-93ab";
    private static final List<String> LOGGERS = List.of("dev.vippsmp", "org.springframework.web",
            "org.springframework.security");

    @Autowired
    private LoggingSystem logging;
    @Autowired
    private SecretCipher cipher;
    @Value("${vipps.encryption-key}")
    private String encryptionKey;
    @Value("${vipps.base-url}")
    private String simulatorBaseUrl;

    @BeforeEach
    void debugLogging() {
        LOGGERS.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
    }

    @AfterEach
    void normalLogging() {
        LOGGERS.forEach(logger -> logging.setLogLevel(logger, null));
    }

    @Test
    void noPageLogLineOrExceptionCarriesASecretEvenAfterErrors(CapturedOutput output) {
        String reference = reservedPayment("wool-blanket");
        ShopClient admin = admin();
        List<Response> pages = new ArrayList<>();

        Response settingsPage = admin.get(AdminFixtures.SETTINGS);
        pages.add(settingsPage);
        Map<String, String> refused = new HashMap<>(AdminFixtures.formFields(settingsPage.html(), "#vipps-settings"));
        refused.put("test.clientSecret", TYPED_SECRET);
        refused.put("test.subscriptionKey", TYPED_SECRET);
        refused.put("production.clientSecret", TYPED_SECRET);
        refused.put("production.subscriptionKey", TYPED_SECRET);
        refused.put("referencePrefix", "not valid!");
        pages.add(admin.post(AdminFixtures.SETTINGS, refused));
        Map<String, String> wrong = new HashMap<>(AdminFixtures.formFields(settingsPage.html(), "#vipps-settings"));
        wrong.put("test.clientSecret", WRONG_SECRET);
        pages.add(admin.post(AdminFixtures.SETTINGS + "/connection/check", wrong));
        pages.add(admin.post(AdminFixtures.SETTINGS + "/connection", wrong));
        pages.add(admin.post(AdminFixtures.SETTINGS + "/preview", wrong));
        // The production keys are no merchant's the simulator knows: tested as saved, they are refused and logged.
        Map<String, String> production = new HashMap<>(AdminFixtures.formFields(settingsPage.html(),
                "#vipps-settings"));
        production.put("environment", "PRODUCTION");
        Response refusedKeys = admin.post(AdminFixtures.SETTINGS + "/connection/check", production);
        assertThat(refusedKeys.html().selectFirst("#connection-report").attr("data-outcome"))
                .isEqualTo("WRONG_SUBSCRIPTION_KEY");
        pages.add(refusedKeys);
        pages.add(admin.post(AdminFixtures.SETTINGS + "/connection", production));
        pages.add(admin.post(AdminFixtures.SETTINGS + "/preview", production));
        // The same simulator under another name: an address typed but not saved, which gets no saved secret.
        production.put("baseUrl", simulatorBaseUrl.replace("127.0.0.1", "localhost"));
        Response elsewhere = admin.post(AdminFixtures.SETTINGS + "/connection/check", production);
        assertThat(elsewhere.html().selectFirst("#connection-report").attr("data-outcome"))
                .isEqualTo("RETYPE_SECRETS");
        pages.add(elsewhere);
        Map<String, String> saved = new HashMap<>(AdminFixtures.formFields(settingsPage.html(), "#vipps-settings"));
        saved.put("test.clientSecret", WRONG_SECRET);
        pages.add(admin.post(AdminFixtures.SETTINGS, saved));
        pages.add(admin.get(AdminFixtures.SETTINGS));
        // The shop now holds a secret the vendor refuses: every call fails authentication and is logged.
        pages.add(admin.get(AdminFixtures.PAYMENTS + "/" + reference));
        pages.add(admin.get(AdminFixtures.ADMIN + "/webhooks"));
        Map<String, String> fixed = new HashMap<>(AdminFixtures.formFields(admin.get(AdminFixtures.SETTINGS).html(),
                "#vipps-settings"));
        fixed.put("test.clientSecret", "sim-client-secret");
        assertThat(admin.post(AdminFixtures.SETTINGS, fixed).status()).isEqualTo(302);
        simulator().fault("{\"operation\":\"capturePayment\",\"action\":\"ERROR\",\"status\":400,"
                + "\"errorCode\":\"6090\"}");
        Response detail = admin.get(AdminFixtures.PAYMENTS + "/" + reference);
        pages.add(detail);
        pages.add(admin.post(AdminFixtures.PAYMENTS + "/" + reference + "/capture", Map.of("_csrf",
                detail.html().selectFirst("#capture-form input[name=_csrf]").attr("value"), "amount", "10",
                "version", detail.html().selectFirst("#capture-form input[name=version]").attr("value"))));
        pages.add(admin.get(AdminFixtures.PAYMENTS + "?page=abc"));
        pages.add(admin.get(AdminFixtures.PAYMENTS));
        pages.add(admin.get(AdminFixtures.SETTINGS + "/history"));
        pages.add(admin.get(AdminFixtures.ADMIN + "/webhooks"));
        pages.add(admin.get(AdminFixtures.ADMIN + "/dashboard"));

        List<String> secrets = new ArrayList<>(List.of("sim-client-secret", "sim-subscription-key",
                PRODUCTION_SECRET, PRODUCTION_KEY, encryptionKey, TYPED_SECRET, WRONG_SECRET));
        // The key as the cipher holds it, too: this one decodes to text a careless log line could print.
        secrets.add(new String(Base64.getDecoder().decode(encryptionKey), StandardCharsets.ISO_8859_1));
        jdbc.queryForList("select secret_enc from vipps_webhook_registration", String.class)
                .forEach(encrypted -> secrets.add(cipher.decrypt(encrypted)));
        assertThat(secrets).hasSizeGreaterThan(8);
        assertThat(pages).extracting(Response::status).contains(200, 422, 409, 400);
        for (Response page : pages) {
            for (String secret : secrets) {
                assertThat(page.body()).as("a page (%d)", page.status()).doesNotContain(secret);
            }
        }
        assertThat(output.getAll()).contains("/accesstoken/get answered 401", "error code 6090");
        for (String secret : secrets) {
            assertThat(output.getAll()).as("the log").doesNotContain(secret);
        }
    }
}
