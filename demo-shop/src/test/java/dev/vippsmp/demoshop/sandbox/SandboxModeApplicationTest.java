package dev.vippsmp.demoshop.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.demoshop.DemoShopApplication;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The shop as {@code bin/demo} starts it: the simulator comes up with the shop and goes down with it. */
@ExtendWith(OutputCaptureExtension.class)
class SandboxModeApplicationTest {

    @Test
    void theShopStartsTheSimulatorAndStopsItWhenItStops(CapturedOutput output) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String simulator;
        int shopPort;
        // Arguments, as on the command line: they win over the shop's application.properties.
        try (ConfigurableApplicationContext shop = new SpringApplicationBuilder(DemoShopApplication.class)
                .run("--server.port=0", "--server.address=127.0.0.1",
                        "--spring.datasource.url=jdbc:h2:mem:sandbox-mode;DB_CLOSE_DELAY=-1",
                        "--demo.sandbox.simulator-port=0")) {
            simulator = shop.getEnvironment().getProperty("vipps.base-url");
            shopPort = Integer.parseInt(shop.getEnvironment().getProperty("local.server.port"));

            assertThat(simulator).isNotNull().doesNotEndWith(":" + shopPort).doesNotEndWith(":8090");
            assertThat(shop.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:h2:mem:");
            assertThat(http.send(HttpRequest.newBuilder(URI.create(simulator + "/simulator/merchants")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + shopPort + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }

        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create(simulator + "/simulator/merchants")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
        assertThat(output).contains("Sandbox mode: the Vipps MobilePay simulator runs at " + simulator,
                "Admin: http://localhost:" + shopPort + "/admin (user 'admin', password 'admin'");
    }
}
