package dev.vippsmp.admin.connection;

import static dev.vippsmp.testsupport.SimulatorDefaults.CLIENT_ID;
import static dev.vippsmp.testsupport.SimulatorDefaults.CLIENT_SECRET;
import static dev.vippsmp.testsupport.SimulatorDefaults.DK_CLIENT_ID;
import static dev.vippsmp.testsupport.SimulatorDefaults.DK_CLIENT_SECRET;
import static dev.vippsmp.testsupport.SimulatorDefaults.DK_MSN;
import static dev.vippsmp.testsupport.SimulatorDefaults.MSN;
import static dev.vippsmp.testsupport.SimulatorDefaults.SUBSCRIPTION_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.admin.connection.ConnectionReport.Outcome;
import dev.vippsmp.admin.support.Simulator;
import dev.vippsmp.core.client.ApiCallRecord;
import dev.vippsmp.core.client.ApiCredentials;
import dev.vippsmp.core.client.ApiOperation;
import dev.vippsmp.core.client.ClientConfiguration;
import dev.vippsmp.core.client.RetrySettings;
import dev.vippsmp.core.client.SystemHeaders;
import dev.vippsmp.core.client.transport.JdkHttpTransport;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Test connection" against the simulator over real HTTP: each wrong key is named as the one to fix, an unreachable
 * or silent server is told apart from a refusal, and nothing is called when keys are missing or would leave this
 * machine over plain http.
 */
class ConnectionTesterTest {

    private final List<ApiCallRecord> calls = new CopyOnWriteArrayList<>();
    private final ConnectionTester tester = new ConnectionTester(new JdkHttpTransport(), Clock.systemUTC(),
            List.of(calls::add));

    @AfterEach
    void clearFaults() {
        Simulator.control().clearFaults();
    }

    private static ClientConfiguration keys(String baseUrl, String msn, String clientId, String secret,
            String subscriptionKey) {
        return new ClientConfiguration(URI.create(baseUrl), new ApiCredentials(msn, clientId, secret,
                subscriptionKey), new SystemHeaders("test-shop", "1.0", "vipps-mobilepay-spring", "0.1.0"),
                Duration.ofSeconds(2), Duration.ofMillis(1500), RetrySettings.defaults());
    }

    private static ClientConfiguration keys(String msn, String clientId, String secret, String subscriptionKey) {
        return keys(Simulator.baseUrl(), msn, clientId, secret, subscriptionKey);
    }

    @Test
    void theRightKeysConnectAndCountTheWebhooks() {
        ConnectionReport report = tester.test(keys(MSN, CLIENT_ID, CLIENT_SECRET,
                SUBSCRIPTION_KEY));

        assertThat(report.outcome()).isEqualTo(Outcome.CONNECTED);
        assertThat(report.merchantSerialNumber()).isEqualTo(MSN);
        assertThat(report.webhooks()).isGreaterThanOrEqualTo(0);
        assertThat(calls).extracting(ApiCallRecord::operation)
                .containsExactly(ApiOperation.FETCH_TOKEN, ApiOperation.LIST_WEBHOOKS);
    }

    @Test
    void aWrongClientSecretIsNamedWithTheVendorsAnswer() {
        ConnectionReport report = tester.test(keys(MSN, CLIENT_ID, "not-the-secret",
                SUBSCRIPTION_KEY));

        assertThat(report.outcome()).isEqualTo(Outcome.WRONG_CLIENT_SECRET);
        assertThat(report.vendorStatus()).isEqualTo(401);
        assertThat(report.traceId()).isNotBlank();
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.operation()).isEqualTo(ApiOperation.FETCH_TOKEN);
            assertThat(call.attempt()).isEqualTo(1);
        });
    }

    @Test
    void aWrongSubscriptionKeyIsNamed() {
        assertThat(tester.test(keys(MSN, CLIENT_ID, CLIENT_SECRET, "not-the-key"))
                .outcome()).isEqualTo(Outcome.WRONG_SUBSCRIPTION_KEY);
    }

    @Test
    void keysOfTwoSalesUnitsAreToldApartFromAWrongSecret() {
        assertThat(tester.test(keys(MSN, DK_CLIENT_ID, DK_CLIENT_SECRET,
                SUBSCRIPTION_KEY)).outcome()).isEqualTo(Outcome.KEYS_DO_NOT_MATCH);
    }

    @Test
    void theMsnOfAnotherSalesUnitIsNamed() {
        ConnectionReport report = tester.test(keys(DK_MSN, CLIENT_ID, CLIENT_SECRET,
                SUBSCRIPTION_KEY));

        assertThat(report.outcome()).isEqualTo(Outcome.WRONG_MSN);
        assertThat(report.vendorStatus()).isEqualTo(403);
    }

    @Test
    void anMsnThatIsNoMsnAndMissingKeysAreNamedWithoutCallingAnything() {
        assertThat(tester.test(keys("12", CLIENT_ID, CLIENT_SECRET, SUBSCRIPTION_KEY))
                .outcome()).isEqualTo(Outcome.INVALID_MSN);
        ConnectionReport missing = tester.test(keys(MSN, "", null, SUBSCRIPTION_KEY));

        assertThat(missing.outcome()).isEqualTo(Outcome.MISSING_KEYS);
        assertThat(missing.missing()).containsExactly("clientId", "clientSecret");
        assertThat(calls).isEmpty();
    }

    @Test
    void plainHttpGoesToThisMachineOnlyAndElsewhereNothingIsSent() {
        ConnectionReport elsewhere = tester.test(keys("http://vipps.example", MSN, CLIENT_ID, CLIENT_SECRET,
                SUBSCRIPTION_KEY));

        assertThat(elsewhere.outcome()).isEqualTo(Outcome.PLAIN_HTTP);
        assertThat(calls).isEmpty();
        assertThat(tester.test(keys(Simulator.baseUrl().replace("127.0.0.1", "localhost"), MSN, CLIENT_ID,
                CLIENT_SECRET, SUBSCRIPTION_KEY)).outcome()).isEqualTo(Outcome.CONNECTED);
    }

    @Test
    void aServerThatRefusesConnectionsIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        ConnectionReport report = tester.test(keys("http://127.0.0.1:" + closedPort, MSN,
                CLIENT_ID, CLIENT_SECRET, SUBSCRIPTION_KEY));

        assertThat(report.outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(report.vendorStatus()).isZero();
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsATimeoutTriedOnce() {
        Simulator.control().fault(
                "{\"operation\":\"fetchAuthorizationTokenUsingPost\",\"action\":\"TIMEOUT\",\"delay\":\"3s\"}");

        assertThat(tester.test(keys(MSN, CLIENT_ID, CLIENT_SECRET,
                SUBSCRIPTION_KEY)).outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(calls).hasSize(1);
    }

    @Test
    void anotherRefusalKeepsTheVendorsWords() {
        Simulator.control().fault("{\"operation\":\"getWebhooks\",\"action\":\"ERROR\",\"status\":500}");

        ConnectionReport report = tester.test(keys(MSN, CLIENT_ID, CLIENT_SECRET,
                SUBSCRIPTION_KEY));

        assertThat(report.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(report.vendorStatus()).isEqualTo(500);
        assertThat(report.hasVendorAnswer()).isTrue();
    }
}
