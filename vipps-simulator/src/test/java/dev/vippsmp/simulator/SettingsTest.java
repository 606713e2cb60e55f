package dev.vippsmp.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.TestPayments;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code simulator.*} settings: own merchants and users replace the defaults; invalid ones stop the start. */
class SettingsTest {

    @Test
    void configuredMerchantsAndUsersReplaceTheDefaults() {
        Map<String, String> settings = Map.ofEntries(
                Map.entry("simulator.sales-units[0].msn", "4321"),
                Map.entry("simulator.sales-units[0].name", "Fjellbutikken"),
                Map.entry("simulator.sales-units[0].client-id", "fjell-id"),
                Map.entry("simulator.sales-units[0].client-secret", "fjell-secret"),
                Map.entry("simulator.sales-units[0].subscription-key", "fjell-key"),
                Map.entry("simulator.sales-units[0].market", "NO"),
                Map.entry("simulator.sales-units[0].express-enabled", "false"),
                Map.entry("simulator.users[0].phone-number", "4740000000"),
                Map.entry("simulator.users[0].given-name", "Per"),
                Map.entry("simulator.users[0].family-name", "Fjell"),
                Map.entry("simulator.users[0].email", "per@example.com"),
                Map.entry("simulator.users[0].birth-date", "1970-01-01"),
                Map.entry("simulator.users[0].nin", "01017012345"),
                Map.entry("simulator.users[0].addresses[0].address-line1", "Fjellveien 1"),
                Map.entry("simulator.users[0].addresses[0].post-code", "2680"),
                Map.entry("simulator.users[0].addresses[0].city", "Vågå"),
                Map.entry("simulator.users[0].addresses[0].country", "NO"),
                Map.entry("simulator.default-user-phone", "4740000000"));
        try (VippsSimulator simulator = VippsSimulator.start(settings)) {
            Api api = new Api(simulator.baseUrl(), new Api.Merchant("4321", "fjell-id", "fjell-secret", "fjell-key"));

            assertThat(api.control("GET", "/simulator/merchants", null).json()).hasSize(1);
            String reference = TestPayments.createAuthorized(api, 1000);
            assertThat(api.control("GET", "/simulator/payments/" + reference, null).json().get("approval")
                    .get("name").asString()).isEqualTo("Per Fjell");
            assertThat(new Api(simulator.baseUrl()).request("POST", "/accesstoken/get")
                    .header("client_id", "sim-client-id").header("client_secret", "sim-client-secret")
                    .header("Ocp-Apim-Subscription-Key", "sim-subscription-key").send().status()).isEqualTo(401);
        }
    }

    @Test
    void invalidSettingsStopTheStartAndNameTheProperty() {
        assertThatThrownBy(() -> VippsSimulator.start(Map.of("simulator.webhooks.retry-time-scale", "2")))
                .hasStackTraceContaining("simulator.webhooks.retryTimeScale")
                .hasStackTraceContaining("must be less than or equal to 1");
        assertThatThrownBy(() -> VippsSimulator.start(Map.of("simulator.payments.expiry", "soon")))
                .hasStackTraceContaining("simulator.payments.expiry");
        assertThatThrownBy(() -> VippsSimulator.start(Map.of("simulator.default-user-phone", "4700000001")))
                .hasStackTraceContaining("4700000001");
    }
}
