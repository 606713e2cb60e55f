package dev.vippsmp.core.settings;

import static dev.vippsmp.testsupport.JournalEntries.header;
import static dev.vippsmp.testsupport.JournalEntries.masked;
import static dev.vippsmp.testsupport.SimulatorDefaults.CLIENT_SECRET;
import static dev.vippsmp.testsupport.SimulatorDefaults.DK_CLIENT_ID;
import static dev.vippsmp.testsupport.SimulatorDefaults.DK_CLIENT_SECRET;
import static dev.vippsmp.testsupport.SimulatorDefaults.DK_MSN;
import static dev.vippsmp.testsupport.SimulatorDefaults.DK_SUBSCRIPTION_KEY;
import static dev.vippsmp.testsupport.SimulatorDefaults.SUBSCRIPTION_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.core.client.errors.AuthenticationException;
import dev.vippsmp.core.support.PluginIntegrationTest;
import dev.vippsmp.core.support.Simulator;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Settings: configuration values until an admin saves, the database afterwards; validation when a value is set;
 * secrets encrypted at rest and masked; an audit entry per changed field; the client uses a change on its next call.
 */
class SettingsServiceTest extends PluginIntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private VippsProperties properties;

    @AfterEach
    void restore() {
        settings.update(change(Map.of("testClientSecret", CLIENT_SECRET, "systemName", "integration-shop",
                "referencePrefix", "it")), "test");
    }

    /** A change of the named fields only. */
    private static SettingsChange change(Map<String, Object> fields) {
        return new SettingsChange((Boolean) fields.get("enabled"), (Market) fields.get("market"),
                (ApiEnvironment) fields.get("environment"),
                new SettingsChange.Keys((String) fields.get("testMerchantSerialNumber"),
                        (String) fields.get("testClientId"), (String) fields.get("testClientSecret"),
                        (String) fields.get("testSubscriptionKey")),
                null, (URI) fields.get("baseUrl"), (String) fields.get("referencePrefix"),
                new SettingsChange.Capture((CapturePolicy) fields.get("capturePolicy"),
                        (OrderStatusAfterApproval) fields.get("orderStatusAfterApproval")),
                null, null,
                new SettingsChange.SystemInfo((String) fields.get("systemName"), (String) fields.get("systemVersion"),
                        (String) fields.get("pluginName"), (String) fields.get("pluginVersion")));
    }

    @Test
    void configurationGivesTheInitialValuesAndTheBuildThePluginsOwnName() {
        PluginSettings current = settings.current();

        assertThat(current.market()).isEqualTo(Market.NO);
        assertThat(current.brand()).isEqualTo(Brand.VIPPS);
        assertThat(current.currency()).isEqualTo("NOK");
        assertThat(current.environment()).isEqualTo(ApiEnvironment.TEST);
        assertThat(current.baseUrl()).isEqualTo(URI.create(Simulator.baseUrl()));
        assertThat(current.activeKeys().merchantSerialNumber()).isEqualTo("123456");
        assertThat(current.systemHeaders().systemVersion()).isEqualTo("9.9.9");
        assertThat(current.systemHeaders().pluginName()).isEqualTo("vipps-mobilepay-spring");
        assertThat(current.systemHeaders().pluginVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(current.toString()).doesNotContain(CLIENT_SECRET).doesNotContain(
                SUBSCRIPTION_KEY);
    }

    @Test
    void invalidValuesAreRefusedWhenSetNamingEachField() {
        long versionBefore = settings.current().version();

        assertThatThrownBy(() -> settings.update(change(Map.of("systemName", "x".repeat(31),
                "pluginVersion", "versjon-ø", "testMerchantSerialNumber", "12", "baseUrl", URI.create("ftp://x"))),
                "admin"))
                .isInstanceOfSatisfying(SettingsValidationException.class, e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder(
                                new SettingsProblem("system.systemName", SettingsRule.HEADER_TOO_LONG, List.of(30, 31)),
                                new SettingsProblem("system.pluginVersion", SettingsRule.HEADER_NOT_ASCII, List.of()),
                                new SettingsProblem("test.merchantSerialNumber", SettingsRule.MERCHANT_SERIAL_NUMBER,
                                        List.of(4, 6)),
                                new SettingsProblem("baseUrl", SettingsRule.BASE_URL_NOT_WEB, List.of())));
        assertThat(settings.current().version()).isEqualTo(versionBefore);
        assertThat(settings.current().systemHeaders().systemName()).isEqualTo("integration-shop");
    }

    @Test
    void aSavedValueWinsOverConfigurationAndEachChangedFieldIsAuditedWithoutSecrets() {
        settings.update(change(Map.of("systemName", "renamed-shop", "testClientSecret", "rotated-secret-value",
                "referencePrefix", "it")), "alice");

        assertThat(settings.current().systemHeaders().systemName()).isEqualTo("renamed-shop");
        assertThat(settings.current().activeKeys().clientSecret()).isEqualTo("rotated-secret-value");
        List<SettingsAuditEntry> trail = settings.auditTrail(10);
        assertThat(trail).filteredOn(e -> e.actor().equals("alice")).extracting(SettingsAuditEntry::field)
                .contains("systemName", "testClientSecret").doesNotContain("referencePrefix");
        assertThat(trail).filteredOn(e -> e.field().equals("testClientSecret")).allSatisfy(e -> {
            assertThat(e.oldValue()).isNull();
            assertThat(e.newValue()).isNull();
        });
        assertThat(trail).filteredOn(e -> e.field().equals("systemName") && e.actor().equals("alice")).first()
                .satisfies(e -> assertThat(e.newValue()).isEqualTo("renamed-shop"));
        String stored = jdbc.queryForObject("select test_client_secret_enc from vipps_settings", String.class);
        assertThat(stored).isNotBlank().doesNotContain("rotated-secret-value");
        for (String column : List.of("old_value", "new_value")) {
            assertThat(jdbc.queryForList("select " + column + " from vipps_settings_audit", String.class))
                    .noneMatch(value -> value != null && value.contains("rotated-secret-value"));
        }
    }

    @Test
    void theHeaderPreviewShowsWhatTheNextCallCarriesWithSecretsMasked() {
        HeaderPreview preview = settings.headerPreview();

        assertThat(preview.baseUrl()).isEqualTo(Simulator.baseUrl());
        assertThat(preview.headers()).containsEntry("Merchant-Serial-Number", "123456")
                .containsEntry("Vipps-System-Name", "integration-shop")
                .containsEntry("Authorization", "Bearer ****")
                .containsKeys("Vipps-System-Version", "Vipps-System-Plugin-Name", "Vipps-System-Plugin-Version");
        assertThat(preview.headers().get("Ocp-Apim-Subscription-Key")).doesNotContain(SUBSCRIPTION_KEY)
                .endsWith("****");
    }

    @Test
    void theVersionGrowsWithEverySaveThatChangesSomethingTheFirstIncluded() {
        jdbc.update("delete from vipps_settings");
        // As a change made elsewhere, the removal is seen once the settings' refresh interval has passed.
        clock.advance(properties.settings().refreshInterval());
        long before = settings.current().version();
        assertThat(before).isZero();

        settings.update(change(Map.of("referencePrefix", "v1")), "frank");
        long once = settings.current().version();
        settings.update(change(Map.of("referencePrefix", "v1")), "frank");

        assertThat(once).isGreaterThan(before);
        assertThat(settings.current().version()).isEqualTo(once);
        settings.update(change(Map.of("referencePrefix", "it")), "frank");
        assertThat(settings.current().version()).isGreaterThan(once);
    }

    @Test
    void theOrderStatusAfterApprovalFollowsTheConfigurationUntilSavedAndIsAudited() {
        assertThat(settings.current().orderStatusAfterApproval()).isEqualTo(OrderStatusAfterApproval.PROCESSING);
        try {
            settings.update(change(Map.of("orderStatusAfterApproval", OrderStatusAfterApproval.ON_HOLD)), "carol");

            assertThat(settings.current().orderStatusAfterApproval()).isEqualTo(OrderStatusAfterApproval.ON_HOLD);
            assertThat(settings.auditTrail(1)).first().satisfies(e -> {
                assertThat(e.field()).isEqualTo("orderStatusAfterApproval");
                assertThat(e.oldValue()).isNull();
                assertThat(e.newValue()).isEqualTo("ON_HOLD");
            });
        } finally {
            settings.update(change(Map.of("orderStatusAfterApproval", OrderStatusAfterApproval.PROCESSING)), "test");
        }
    }

    @Test
    void aSavedBaseUrlOverrideCanBeRemovedSoTheConfiguredOneAppliesAgain() {
        settings.update(change(Map.of("baseUrl", URI.create("https://vipps.example"))), "dave");
        assertThat(settings.current().baseUrl()).isEqualTo(URI.create("https://vipps.example"));

        settings.update(change(Map.of("baseUrl", SettingsChange.NO_OVERRIDE)), "dave");

        assertThat(settings.current().baseUrl()).isEqualTo(URI.create(Simulator.baseUrl()));
        assertThat(settings.auditTrail(1)).first().satisfies(e -> {
            assertThat(e.field()).isEqualTo("baseUrl");
            assertThat(e.oldValue()).isEqualTo("https://vipps.example");
            assertThat(e.newValue()).isNull();
        });
        long audited = jdbc.queryForObject("select count(*) from vipps_settings_audit", Long.class);
        settings.update(change(Map.of("baseUrl", SettingsChange.NO_OVERRIDE)), "dave");
        assertThat(jdbc.queryForObject("select count(*) from vipps_settings_audit", Long.class)).isEqualTo(audited);
    }

    @Test
    void aBaseUrlLongerThanTheColumnIsRefusedAsInvalidNotAsAConflict() {
        URI tooLong = URI.create("https://vipps.example/" + "a".repeat(480));

        assertThatThrownBy(() -> settings.update(change(Map.of("baseUrl", tooLong)), "erin"))
                .isInstanceOfSatisfying(SettingsValidationException.class, e -> assertThat(e.problems())
                        .extracting(SettingsProblem::rule).containsExactly(SettingsRule.BASE_URL_TOO_LONG));
    }

    @Test
    void plainHttpIsSavedOnlyForThisMachineSoSecretsNeverCrossTheNetworkInTheClear() {
        long versionBefore = settings.current().version();
        for (String elsewhere : List.of("http://vipps.example", "http://10.0.0.5:8090", "HTTP://localhost.example")) {
            assertThatThrownBy(() -> settings.update(change(Map.of("baseUrl", URI.create(elsewhere))), "erin"))
                    .as(elsewhere)
                    .isInstanceOfSatisfying(SettingsValidationException.class, e -> assertThat(e.fields())
                            .containsExactly("baseUrl"));
        }
        assertThat(settings.current().version()).isEqualTo(versionBefore);

        try {
            for (String loopback : List.of("http://localhost:8090", "http://127.0.0.1:8090/", "http://[::1]:8090",
                    "https://vipps.example")) {
                settings.update(change(Map.of("baseUrl", URI.create(loopback))), "erin");
                assertThat(settings.current().baseUrl()).isEqualTo(URI.create(loopback));
            }
        } finally {
            settings.update(change(Map.of("baseUrl", SettingsChange.NO_OVERRIDE)), "test");
        }
    }

    @Test
    void thePreviewOfGivenKeysAndValuesIsWhatTheSettingsPreviewShowsForTheSavedOnes() {
        PluginSettings current = settings.current();

        assertThat(HeaderPreview.of(current.baseUrl(), current.activeKeys(), current.systemHeaders()))
                .isEqualTo(settings.headerPreview());
        assertThat(settings.headerPreview().headers().keySet()).containsExactly("Authorization",
                "Ocp-Apim-Subscription-Key", "Merchant-Serial-Number", "Vipps-System-Name", "Vipps-System-Version",
                "Vipps-System-Plugin-Name", "Vipps-System-Plugin-Version");
    }

    @Test
    void theClientUsesChangedKeysOnItsNextCall() {
        String order = shop.newOrder(1_000, false);
        String reference = payments.initiation().initiate(dev.vippsmp.core.payment.InitiationRequest.checkout(order,
                "https://shop.example/return")).reference();

        settings.update(change(Map.of("testClientSecret", "a-wrong-secret")), "bob");
        assertThatThrownBy(() -> client.payments().get(reference)).isInstanceOf(AuthenticationException.class);

        settings.update(change(Map.of("testClientSecret", CLIENT_SECRET)), "bob");
        assertThat(client.payments().get(reference).reference()).isEqualTo(reference);
        assertThat(Simulator.control().journal(reference)).last()
                .satisfies(call -> assertThat(header(call, "Vipps-System-Name"))
                        .isEqualTo("integration-shop"));
    }

    @Test
    void inProductionTheProductionKeySetIsTheOneSentAndTheTestKeysAreNot() {
        long since = Simulator.control().journalQuery("operation=getWebhooks").size();
        settings.update(SettingsChange.none().withEnvironment(ApiEnvironment.PRODUCTION).withProduction(
                new SettingsChange.Keys(DK_MSN, DK_CLIENT_ID, DK_CLIENT_SECRET, DK_SUBSCRIPTION_KEY)), "carol");
        try {
            client.webhooks().list();
        } finally {
            settings.update(SettingsChange.none().withEnvironment(ApiEnvironment.TEST), "carol");
        }

        List<JsonNode> calls = Simulator.control().journalQuery("operation=getWebhooks");
        assertThat(calls).hasSize((int) since + 1);
        JsonNode call = calls.get(calls.size() - 1);
        assertThat(header(call, "Merchant-Serial-Number")).isEqualTo(DK_MSN);
        assertThat(header(call, "Ocp-Apim-Subscription-Key")).isEqualTo(masked(DK_SUBSCRIPTION_KEY));
        assertThat(settings.current().activeKeys().merchantSerialNumber()).isEqualTo("123456");
    }
}
