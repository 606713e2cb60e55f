package dev.vippsmp.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsRulesTest {

    @Test
    void systemHeaderValuesAreShortPrintableAsciiWithoutSpacesAround() {
        assertThat(SettingsRules.header("acme-shop")).isNull();
        assertThat(SettingsRules.header("x".repeat(30))).isNull();
        assertThat(SettingsRules.header("x".repeat(31))).isEqualTo(SettingsRule.HEADER_TOO_LONG);
        assertThat(SettingsRules.header("bøttekott")).isEqualTo(SettingsRule.HEADER_NOT_ASCII);
        assertThat(SettingsRules.header("line\nbreak")).isEqualTo(SettingsRule.HEADER_NOT_ASCII);
        assertThat(SettingsRules.header(" ")).isEqualTo(SettingsRule.HEADER_BLANK);
        assertThat(SettingsRules.header(null)).isEqualTo(SettingsRule.HEADER_BLANK);
        assertThat(SettingsRules.header(" shop")).isEqualTo(SettingsRule.HEADER_SPACES);
    }

    @Test
    void eachProblemNamesItsFieldItsRuleAndTheNumbersATextNeedsButNeverTheValue() {
        SettingsChange change = SettingsChange.none()
                .withTest(new SettingsChange.Keys("12", "id with space", "secret with space", null))
                .withProduction(new SettingsChange.Keys("123456", "client-id", "", "  "))
                .withBaseUrl(URI.create("http://vipps.example"))
                .withReferencePrefix("no spaces allowed")
                .withSystem(new SettingsChange.SystemInfo("x".repeat(31), null, "ok", "versjon-ø"));

        List<SettingsProblem> problems = SettingsRules.check(change);

        assertThat(problems).containsExactly(
                new SettingsProblem("test.merchantSerialNumber", SettingsRule.MERCHANT_SERIAL_NUMBER, List.of(4, 6)),
                new SettingsProblem("test.clientId", SettingsRule.CLIENT_ID, List.of(200)),
                new SettingsProblem("test.clientSecret", SettingsRule.SECRET, List.of(200)),
                new SettingsProblem("baseUrl", SettingsRule.BASE_URL_PLAIN_HTTP, List.of()),
                new SettingsProblem("referencePrefix", SettingsRule.REFERENCE_PREFIX, List.of(20)),
                new SettingsProblem("system.systemName", SettingsRule.HEADER_TOO_LONG, List.of(30, 31)),
                new SettingsProblem("system.pluginVersion", SettingsRule.HEADER_NOT_ASCII, List.of()));
        assertThat(problems.toString()).doesNotContain("secret with space");
    }

    @Test
    void aChangeOfNothingOrOfUsableValuesHasNoProblem() {
        assertThat(SettingsRules.check(SettingsChange.none())).isEmpty();
        assertThat(SettingsRules.check(SettingsChange.none().withBaseUrl(SettingsChange.NO_OVERRIDE)
                .withTest(new SettingsChange.Keys("123456", "client-id", "s3cret", "k3y"))
                .withBaseUrl(URI.create("http://localhost:8090")).withReferencePrefix("shop-1")
                .withSystem(new SettingsChange.SystemInfo("shop", "1.0", "plugin", "2.0")))).isEmpty();
    }

    @Test
    void aBaseUrlIsAnAbsoluteWebAddressHttpsUnlessLoopbackAndShortEnoughToStore() {
        assertThat(SettingsRules.baseUrl(URI.create("ftp://x"))).isEqualTo(SettingsRule.BASE_URL_NOT_WEB);
        assertThat(SettingsRules.baseUrl(URI.create("/relative"))).isEqualTo(SettingsRule.BASE_URL_NOT_WEB);
        assertThat(SettingsRules.baseUrl(URI.create("http://10.0.0.5"))).isEqualTo(SettingsRule.BASE_URL_PLAIN_HTTP);
        assertThat(SettingsRules.baseUrl(URI.create("https://vipps.example/" + "a".repeat(480))))
                .isEqualTo(SettingsRule.BASE_URL_TOO_LONG);
        assertThat(SettingsRules.baseUrl(URI.create("https://apitest.vipps.no"))).isNull();
        assertThat(SettingsRules.baseUrl(URI.create("http://[::1]:8090"))).isNull();
    }
}
