package dev.vippsmp.demoshop.vipps.admin;

import static dev.vippsmp.testsupport.JournalEntries.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The settings page in a real browser: the header preview follows what the admin types (the page's own script,
 * as the shop's content security policy allows no inline one), a saved name and version are on the next payment's
 * every request in the simulator's journal, a 31-character value is refused with a message, and "Test connection"
 * says when the client secret is wrong.
 */
class AdminSettingsBrowserTest extends AdminBrowserTest {

    private static final String PLUGIN_NAME = "fjellbu-vipps-admin";
    private static final String PLUGIN_VERSION = "7.3.1-test";

    private String previewOf(String header) {
        return find("#header-preview tr[data-header='" + header + "'] td").getText();
    }

    @Test
    void anAdminChangesThePluginNameAndVersionAndTheNextPaymentsRequestsCarryThem() {
        logInAsAdmin();
        clickToNewPage(".admin-nav a[href='/admin/vipps']");
        waitForPath(AdminFixtures.SETTINGS);
        assertThat(find(".admin-nav a.active").getText()).isEqualTo("Vipps MobilePay");

        type("#pluginName", PLUGIN_NAME);
        type("#pluginVersion", PLUGIN_VERSION);
        waitUntil(page -> previewOf("Vipps-System-Plugin-Name").equals(PLUGIN_NAME)
                && previewOf("Vipps-System-Plugin-Version").equals(PLUGIN_VERSION));
        assertThat(text("#pluginName-count")).isEqualTo(PLUGIN_NAME.length() + "/30");
        assertThat(settings.current().systemHeaders().pluginName()).isNotEqualTo(PLUGIN_NAME);
        clickToNewPage("#save-settings");
        waitUntil(page -> isPresent("#settings-saved"));

        String reference = reservedPayment("wool-blanket");

        List<JsonNode> requests = simulator().journal(reference);
        assertThat(requests).extracting(entry -> entry.get("operation").asString())
                .contains("createPayment", "forceApprove", "getPayment");
        assertThat(requests).allSatisfy(entry -> {
            assertThat(header(entry, "Vipps-System-Plugin-Name")).isEqualTo(PLUGIN_NAME);
            assertThat(header(entry, "Vipps-System-Plugin-Version")).isEqualTo(PLUGIN_VERSION);
            assertThat(header(entry, "Vipps-System-Name")).isEqualTo("demo-shop");
        });
        assertThat(previewOf("Vipps-System-Plugin-Name")).isEqualTo(PLUGIN_NAME);
    }

    @Test
    void aValueOfThirtyOneCharactersIsRefusedWithAMessageAndNothingIsSaved() {
        logInAsAdmin();
        open(AdminFixtures.SETTINGS);
        long version = settings.current().version();
        String tooLong = "a-plugin-name-of-31-characters";
        tooLong = tooLong + "x".repeat(31 - tooLong.length());

        type("#pluginName", tooLong);
        waitUntil(page -> find("#header-preview .preview-problems").getText()
                .contains("Vipps-System-Plugin-Name is 31 characters long"));
        assertThat(find("#pluginName-count").getAttribute("class")).contains("over");
        clickToNewPage("#save-settings");
        waitUntil(page -> isPresent("#settings-errors"));

        assertThat(text("#settings-errors")).startsWith("Nothing was saved");
        assertThat(find("#pluginName").findElement(By.xpath("ancestor::div[contains(@class,'field')]"))
                .findElement(By.cssSelector(".field-error")).getText())
                .isEqualTo("At most 30 characters are allowed; this has 31.");
        assertThat(find("#pluginName").getAttribute("value")).isEqualTo(tooLong);
        assertThat(settings.current().version()).isEqualTo(version);
        assertThat(settings.current().systemHeaders().pluginName()).isNotEqualTo(tooLong);
    }

    @Test
    void aWrongClientSecretMakesTestConnectionSaySoWithoutSavingIt() {
        logInAsAdmin();
        open(AdminFixtures.SETTINGS);
        long version = settings.current().version();

        type("#test-clientSecret", "not-the-client-secret");
        click("#test-connection");
        waitUntil(page -> isPresent("#connection-report"));

        assertThat(find("#connection-report").getAttribute("data-outcome")).isEqualTo("WRONG_CLIENT_SECRET");
        assertThat(text("#connection-report .report-text")).startsWith("The client secret was refused");
        assertThat(text("#connection-report .vendor-answer")).contains("HTTP 401", "traceId");
        assertThat(browser().getCurrentUrl()).endsWith(AdminFixtures.SETTINGS);
        assertThat(settings.current().version()).isEqualTo(version);

        type("#test-clientSecret", "");
        click("#test-connection");
        waitUntil(page -> "CONNECTED".equals(find("#connection-report").getAttribute("data-outcome")));
        assertThat(text("#connection-report .report-text")).startsWith("Connected to").contains("123456");
    }

    @Test
    void theBrandFollowsTheMarketAndTheKeySetInUseFollowsTheEnvironment() {
        logInAsAdmin();
        open(AdminFixtures.SETTINGS);
        assertThat(text("#market-brand")).isEqualTo("Vipps");

        new Select(find("#market")).selectByValue("DK");
        click("input[name=environment][value=PRODUCTION]");

        waitUntil(page -> text("#market-brand").equals("MobilePay"));
        assertThat(find("#keys-production").getAttribute("class")).contains("in-use");
        assertThat(find("#keys-test").getAttribute("class")).doesNotContain("in-use");
        waitUntil(page -> previewOf("Merchant-Serial-Number").isEmpty());
    }
}
