package dev.vippsmp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.testsupport.SimulatorDefaults;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The program people run: {@code java -jar vipps-simulator.jar --server.port=…} starts, answers on loopback, gives
 * the default merchant a token with the keys the documentation lists, and stops when asked.
 *
 * <p>The jar exists only once the module is packaged, so the build runs this test after packaging and names the jar
 * in the system property {@code simulator.jar}; started any other way, the test is skipped with a notice.
 */
class StandaloneJarIT {

    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Duration SHUTDOWN = Duration.ofSeconds(30);
    private static final int PORT_ATTEMPTS = 3;

    @Test
    void theJarStartsOnTheGivenLoopbackPortHandsTheDefaultMerchantATokenAndStops() throws Exception {
        String jarProperty = System.getProperty("simulator.jar");
        if (jarProperty == null) {
            System.out.println("NOTICE: skipping the standalone jar test; it runs after packaging, with "
                    + "-Dsimulator.jar.");
        }
        Assumptions.assumeTrue(jarProperty != null, "runs after packaging, with -Dsimulator.jar naming the jar");
        Path jar = Path.of(jarProperty);
        assertThat(jar).as("the packaged jar").isRegularFile();

        Started started = start(jar);
        boolean stoppedWhenAsked;
        try {
            Api.Response token = started.api().request("POST", "/accesstoken/get")
                    .header("client_id", SimulatorDefaults.CLIENT_ID)
                    .header("client_secret", SimulatorDefaults.CLIENT_SECRET)
                    .header("Ocp-Apim-Subscription-Key", SimulatorDefaults.SUBSCRIPTION_KEY)
                    .send();

            assertThat(token.status()).as(token.body()).isEqualTo(200);
            JsonNode body = token.json();
            assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
            assertThat(body.get("expires_in").asString()).isEqualTo("3600");
            assertThat(body.get("access_token").asString()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]*");
            assertThat(started.process().isAlive()).as("still running after answering").isTrue();
        } finally {
            stoppedWhenAsked = stop(started.process());
        }
        assertThat(stoppedWhenAsked).as("stopped within %s of being asked; its output:%n%s", SHUTDOWN,
                Files.readString(started.log())).isTrue();
    }

    private record Started(Process process, Api api, Path log) {
    }

    /**
     * Starts the jar on a free loopback port and waits until it answers. A port found free can be taken by someone
     * else before the jar binds it; the jar then exits, and another port is tried.
     */
    private static Started start(Path jar) throws IOException, InterruptedException {
        Path workingDirectory = Files.createTempDirectory("vipps-simulator-jar");
        for (int attempt = 1; ; attempt++) {
            int port = freeLoopbackPort();
            Path log = workingDirectory.resolve("simulator-" + attempt + ".log");
            ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-jar", jar.toString(),
                    "--server.port=" + port, "--server.address=127.0.0.1")
                    // An empty working directory: no vipps-simulator.properties or ./config of anyone else's.
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // Settings in the environment would win over the defaults the test relies on.
            builder.environment().keySet().removeIf(name -> name.startsWith("SERVER_")
                    || name.startsWith("SIMULATOR_") || name.startsWith("SPRING_"));
            Process process = builder.start();
            Api api = new Api("http://127.0.0.1:" + port);
            if (awaitAnswer(process, api)) {
                return new Started(process, api, log);
            }
            String outcome = process.isAlive() ? "was still starting after " + STARTUP
                    : "exited with code " + process.exitValue();
            stop(process);
            String output = Files.readString(log);
            if (attempt >= PORT_ATTEMPTS || !output.contains("already in use")) {
                throw new AssertionError("The jar did not answer on port " + port + ": it " + outcome
                        + ". Its output:\n" + output);
            }
        }
    }

    /** True once the simulator answers; false when the process ends or the time is up. */
    private static boolean awaitAnswer(Process process, Api api) throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (api.request("GET", "/simulator/clock").timeout(Duration.ofSeconds(5)).trySend().status() == 200) {
                    return process.isAlive();
                }
            } catch (IOException notYetListening) {
                // Connection refused until the server is up.
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** Asks the process to stop, as Ctrl-C would; true when it did in time, else it is killed. */
    private static boolean stop(Process process) throws InterruptedException {
        process.destroy();
        if (process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
            return true;
        }
        process.destroyForcibly().waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
        return false;
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
