package dev.vippsmp.admin.settings;

import static dev.vippsmp.testsupport.JournalEntries.header;
import static dev.vippsmp.testsupport.JournalEntries.masked;
import static dev.vippsmp.testsupport.SimulatorDefaults.CLIENT_SECRET;
import static dev.vippsmp.testsupport.SimulatorDefaults.SUBSCRIPTION_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.admin.support.AdminPagesTest;
import dev.vippsmp.admin.support.FormFields;
import dev.vippsmp.admin.support.Simulator;
import dev.vippsmp.core.settings.SettingsChange;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * Where "Test connection" may send the saved secrets: only to an address calls already go to. Typed into the form
 * unsaved, another address gets nothing until the admin types the secrets again, so nobody can have the saved client
 * secret and subscription key sent to a server of their choosing; plain http leaves this machine neither in a test
 * nor in a save. The simulator's journal shows what arrived, and with which secret (as its hash).
 */
@ExtendWith(OutputCaptureExtension.class)
class ConnectionCheckPagesTest extends AdminPagesTest {

    private static final String SETTINGS = BASE + "/settings";
    private static final String CHECK = SETTINGS + "/connection/check";

    @AfterEach
    void noOverride() {
        settings.update(SettingsChange.none().withBaseUrl(SettingsChange.NO_OVERRIDE), "test");
    }

    private Map<String, String> shownForm() throws Exception {
        return new HashMap<>(FormFields.of(html(getAsAdmin(SETTINGS)), "#vipps-settings"));
    }

    /** The simulator as another address than the saved one: the same server, named differently. */
    private static String sameSimulatorElsewhere() {
        return Simulator.baseUrl().replace("127.0.0.1", "localhost");
    }

    private static Document check(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        return html(response);
    }

    /** The token requests the simulator received since the journal entry. */
    private static List<JsonNode> tokenRequestsSince(long journal) {
        return Simulator.control().journalQuery("sinceId=" + journal + "&pathPrefix=/accesstoken/get");
    }

    @Test
    void theSavedSecretsAreNotSentToAnAddressTypedButNotSavedAndTheAdminIsToldToTypeThemAgain(
            CapturedOutput output) throws Exception {
        Map<String, String> form = shownForm();
        assertThat(form.get("test.clientSecret")).isEqualTo(SettingsForm.MASK);
        form.put("baseUrl", sameSimulatorElsewhere());
        Map<String, Object> before = writtenRows();
        long journal = Simulator.lastJournalId();

        Document fragment = check(postAsAdmin(CHECK, form));

        assertThat(fragment.select("#connection-report").attr("data-outcome")).isEqualTo("RETYPE_SECRETS");
        assertThat(fragment.select("#connection-report .report-text").text()).isEqualTo(sameSimulatorElsewhere()
                + " is not the API address in use, so the saved secrets are not sent there; nothing was tried. "
                + "To test this address, type these again:");
        assertThat(fragment.select("#connection-report li").eachText())
                .containsExactly("Client secret", "Subscription key");
        assertThat(Simulator.control().journalQuery("sinceId=" + journal)).isEmpty();

        // Typing only one of them again still keeps the other one home.
        form.put("test.clientSecret", CLIENT_SECRET);
        assertThat(check(postAsAdmin(CHECK, form)).select("#connection-report li").eachText())
                .containsExactly("Subscription key");
        assertThat(Simulator.control().journalQuery("sinceId=" + journal)).isEmpty();

        form.put("test.subscriptionKey", SUBSCRIPTION_KEY);
        assertThat(check(postAsAdmin(CHECK, form)).select("#connection-report").attr("data-outcome"))
                .isEqualTo("CONNECTED");
        assertThat(tokenRequestsSince(journal)).singleElement().satisfies(token -> {
            assertThat(header(token, "client_secret")).isEqualTo(masked(CLIENT_SECRET));
            assertThat(header(token, "Ocp-Apim-Subscription-Key")).isEqualTo(masked(SUBSCRIPTION_KEY));
        });
        assertThat(writtenRows()).isEqualTo(before);
        String localhost = URI.create(sameSimulatorElsewhere()).getAuthority();
        assertThat(output.getAll()).contains("admin tested the connection to http://" + localhost
                + " with the TEST keys (saved [clientSecret, subscriptionKey]): RETYPE_SECRETS",
                "admin tested the connection to http://" + localhost + " with the TEST keys (secrets typed): CONNECTED")
                .doesNotContain(CLIENT_SECRET, SUBSCRIPTION_KEY);
    }

    @Test
    void theSavedSecretsGoWhereCallsAlreadyGoTheConfiguredAddressOrASavedOverride() throws Exception {
        long journal = Simulator.lastJournalId();

        assertThat(check(postAsAdmin(CHECK, shownForm())).select("#connection-report").attr("data-outcome"))
                .isEqualTo("CONNECTED");
        assertThat(tokenRequestsSince(journal)).singleElement()
                .satisfies(token -> assertThat(header(token, "client_secret")).isEqualTo(masked(CLIENT_SECRET)));

        // Saving the address is a change the audit trail names; from then on it is where calls go.
        Map<String, String> override = shownForm();
        override.put("baseUrl", sameSimulatorElsewhere());
        assertThat(postAsAdmin(SETTINGS, override).getStatus()).isEqualTo(302);
        assertThat(settings.auditTrail(1).get(0).field()).isEqualTo("baseUrl");
        Map<String, String> saved = shownForm();
        assertThat(saved.get("baseUrl")).isEqualTo(sameSimulatorElsewhere());
        assertThat(check(postAsAdmin(CHECK, saved)).select("#connection-report").attr("data-outcome"))
                .isEqualTo("CONNECTED");

        // Emptying the field in the form goes back to the configured address, which the saved secrets may reach.
        saved.put("baseUrl", "");
        assertThat(check(postAsAdmin(CHECK, saved)).select("#connection-report").attr("data-outcome"))
                .isEqualTo("CONNECTED");
        assertThat(tokenRequestsSince(journal)).hasSize(3);
    }

    @Test
    void plainHttpToAnotherMachineIsNeitherTestedNorSaved() throws Exception {
        Map<String, String> form = shownForm();
        form.put("baseUrl", "http://vipps.example:8090");
        form.put("test.clientSecret", CLIENT_SECRET);
        form.put("test.subscriptionKey", SUBSCRIPTION_KEY);
        Map<String, Object> before = writtenRows();

        Document fragment = check(postAsAdmin(CHECK, form));
        assertThat(fragment.select("#connection-report").attr("data-outcome")).isEqualTo("PLAIN_HTTP");
        assertThat(fragment.select("#connection-report .report-text").text())
                .isEqualTo("http://vipps.example:8090 is plain http to another machine, where the keys would travel "
                        + "unencrypted; nothing was tried. Use https, or plain http only to this machine "
                        + "(localhost, 127.0.0.1 or [::1]).");

        form.put("test.clientSecret", SettingsForm.MASK);
        form.put("test.subscriptionKey", SettingsForm.MASK);
        MockHttpServletResponse save = postAsAdmin(SETTINGS, form);
        assertThat(save.getStatus()).isEqualTo(422);
        assertThat(html(save).select("#baseUrl").first().closest(".field").select(".field-error").text())
                .isEqualTo("Plain http only reaches this machine (localhost, 127.0.0.1 or [::1]). Use https for "
                        + "any other server, so the keys never travel unencrypted.");
        assertThat(writtenRows()).isEqualTo(before);
    }
}
