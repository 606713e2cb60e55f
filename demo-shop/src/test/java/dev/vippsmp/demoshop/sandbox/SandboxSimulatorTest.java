package dev.vippsmp.demoshop.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Sandbox mode starts the real simulator (a runtime dependency) by reflection, configures the plugin, and stops it. */
@ExtendWith(OutputCaptureExtension.class)
class SandboxSimulatorTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void startsTheSimulatorWithTheMarketsDemoMerchantAndStopsIt(CapturedOutput output) throws Exception {
        StandardEnvironment environment = environment(Map.of("demo.sandbox.enabled", "true",
                "demo.sandbox.simulator-port", "0", "demo.market.country", "DK"));
        SandboxSimulator sandbox = start(new SandboxSimulator(), environment);
        String baseUrl = environment.getProperty("vipps.base-url");
        try {
            assertThat(baseUrl).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(environment.getProperty("vipps.market")).isEqualTo("DK");
            assertThat(environment.getProperty("vipps.test.merchant-serial-number")).isEqualTo("654321");
            assertThat(environment.getProperty("vipps.test.client-id")).isEqualTo("sim-dk-client-id");
            HttpResponse<String> merchants = get(baseUrl + "/simulator/merchants");
            assertThat(merchants.statusCode()).isEqualTo(200);
            // The keys handed to the plugin are those of the simulator's Danish demo merchant.
            assertThat(merchants.body()).contains("{\"msn\":\"654321\",\"name\":\"Demo Shop Danmark\",\"market\":\"DK\"",
                    "\"clientId\":\"" + environment.getProperty("vipps.test.client-id") + "\"");
        } finally {
            sandbox.destroy();
        }

        assertThatThrownBy(() -> get(baseUrl + "/simulator/merchants")).isInstanceOf(ConnectException.class);
        assertThat(output).contains("Sandbox mode: the Vipps MobilePay simulator runs at " + baseUrl)
                .doesNotContain("sim-dk-client-secret", "sim-dk-subscription-key");
    }

    @Test
    void configuredPluginPropertiesWinOverTheSandboxes(CapturedOutput output) throws Exception {
        StandardEnvironment environment = environment(Map.of("demo.sandbox.enabled", "true",
                "demo.sandbox.simulator-port", "0", "vipps.base-url", "https://apitest.vipps.no",
                "vipps.test.client-id", "the-shops-own-client-id"));
        SandboxSimulator sandbox = start(new SandboxSimulator(), environment);
        try {
            assertThat(environment.getProperty("vipps.base-url")).isEqualTo("https://apitest.vipps.no");
            assertThat(environment.getProperty("vipps.test.client-id")).isEqualTo("the-shops-own-client-id");
            assertThat(environment.getProperty("vipps.test.merchant-serial-number")).isEqualTo("123456");
        } finally {
            sandbox.destroy();
        }
        assertThat(output).contains("vipps.base-url is set to https://apitest.vipps.no");
    }

    @Test
    void withoutTheSimulatorOnTheClasspathTheShopStartsAndSaysWhy(CapturedOutput output) throws Exception {
        StandardEnvironment environment = environment(Map.of("demo.sandbox.enabled", "true"));

        start(new SandboxSimulator("dev.vippsmp.simulator.NoSuchSimulator"), environment).destroy();

        assertThat(environment.getProperty("vipps.base-url")).isNull();
        assertThat(output).contains("Sandbox mode is on, but the Vipps MobilePay simulator "
                + "(dev.vippsmp.simulator.NoSuchSimulator) is not on the classpath");
    }

    @Test
    void withSandboxModeOffNothingIsStartedOrConfigured() throws Exception {
        StandardEnvironment environment = environment(Map.of("demo.sandbox.enabled", "false"));

        start(new SandboxSimulator(), environment).destroy();

        assertThat(environment.getPropertySources().contains(SandboxSimulator.PROPERTY_SOURCE)).isFalse();
    }

    private static SandboxSimulator start(SandboxSimulator sandbox, StandardEnvironment environment) {
        sandbox.setEnvironment(environment);
        sandbox.postProcessBeanFactory(new DefaultListableBeanFactory());
        return sandbox;
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
