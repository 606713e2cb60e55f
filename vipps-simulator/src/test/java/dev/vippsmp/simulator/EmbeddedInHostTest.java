package dev.vippsmp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import dev.vippsmp.simulator.support.Api;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.servlet.ViewResolver;

/**
 * The simulator runs inside a host application's JVM whose classpath carries JPA, Hibernate, H2, Flyway, Spring
 * Security and Actuator (all on this module's test classpath), next to an {@code application.properties} that would
 * break the simulator if it were read. It must start, use none of them, and leave the host's logging alone.
 */
class EmbeddedInHostTest {

    @Test
    void startsBesideAHostClasspathWithoutReadingTheHostsConfigurationOrTouchingItsLogging() {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        logging.getLogger("dev.vippsmp.host").setLevel(Level.TRACE);
        System.setProperty("server.port", "1");

        try (VippsSimulator simulator = VippsSimulator.start(Map.of())) {
            assertThat(simulator.port()).isPositive().isNotEqualTo(1);
            assertThat(simulator.baseUrl()).isEqualTo("http://127.0.0.1:" + simulator.port());

            ConfigurableApplicationContext context = simulator.context();
            assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
            assertThat(context.getBeanNamesForType(
                    org.springframework.security.web.SecurityFilterChain.class)).isEmpty();
            assertThat(context.getEnvironment().getProperty("host.marker")).isNull();
            assertThat(logging.getLogger("dev.vippsmp.host").getLevel()).isEqualTo(Level.TRACE);

            Api api = new Api(simulator.baseUrl());
            assertThat(api.fetchToken()).isNotBlank();
            assertThat(api.request("GET", "/actuator/health").send().status()).isEqualTo(404);
            Api.Response landing = api.request("GET", "/simulator/landing?token=unknown").send();
            assertThat(landing.status()).isEqualTo(404);
            assertThat(landing.body()).contains("This payment link is not valid");
            assertThat(context.getBeansOfType(ViewResolver.class)).isNotEmpty();
        } finally {
            System.clearProperty("server.port");
        }
    }

    @Test
    void givenPropertiesWinAndTheBaseUrlFollowsTheChosenAddress() {
        try (VippsSimulator simulator = VippsSimulator.start(Map.of(
                "server.address", "localhost", "simulator.token-lifetime", "5m"))) {
            assertThat(simulator.baseUrl()).isEqualTo("http://localhost:" + simulator.port());
            Api.Response token = new Api(simulator.baseUrl()).request("POST", "/accesstoken/get")
                    .header("client_id", "sim-client-id").header("client_secret", "sim-client-secret")
                    .header("Ocp-Apim-Subscription-Key", "sim-subscription-key").send();
            assertThat(token.json().get("expires_in").asString()).isEqualTo("300");
        }
    }
}
