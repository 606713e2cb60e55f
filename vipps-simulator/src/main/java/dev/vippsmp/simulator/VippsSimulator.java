package dev.vippsmp.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;

/**
 * Starts the simulator in-process, on its own embedded server and in its own Spring context, for tests and for a
 * host application's sandbox mode.
 *
 * <pre>{@code
 * try (VippsSimulator simulator = VippsSimulator.start(Map.of())) {
 *     String baseUrl = simulator.baseUrl(); // e.g. http://127.0.0.1:54321
 * }
 * }</pre>
 *
 * <p>Isolation from the host: the simulator reads only the given properties and its own
 * {@code vipps-simulator.properties}; it ignores the host's system properties and environment variables (a host's
 * {@code SERVER_PORT} must not move the simulator), leaves the host's logging configuration alone, and prints no
 * banner.
 */
public final class VippsSimulator implements AutoCloseable {

    private static final Map<String, String> DEFAULTS = Map.of(
            "server.port", "0",
            "server.address", "127.0.0.1");

    private final ConfigurableApplicationContext context;
    private final int port;
    private final String baseUrl;

    private VippsSimulator(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
        String address = context.getEnvironment().getProperty("server.address", "127.0.0.1");
        String host = address.isBlank() || "0.0.0.0".equals(address) || "::".equals(address) ? "127.0.0.1" : address;
        this.baseUrl = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /**
     * Starts a simulator. Given properties win over everything else; unset ones fall back to
     * {@code server.port=0} (a random free port), {@code server.address=127.0.0.1}, then the simulator's defaults.
     */
    public static VippsSimulator start(Map<String, String> properties) {
        Map<String, String> effective = new LinkedHashMap<>(DEFAULTS);
        effective.put("spring.config.name", SimulatorApplication.CONFIG_NAME);
        effective.putAll(properties);
        String[] args = effective.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        SpringApplication application = new SpringApplication(SimulatorApplication.class);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setEnvironment(new IsolatedEnvironment());
        application.setListeners(withoutHostLogging(application.getListeners()));
        return new VippsSimulator(application.run(args));
    }

    /** The port the simulator listens on. */
    public int port() {
        return port;
    }

    /** Where to point a client: the simulator's scheme, host and port, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The running context; tests in this module look inside it. */
    ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }

    private static List<ApplicationListener<?>> withoutHostLogging(java.util.Set<ApplicationListener<?>> listeners) {
        // The host already configured logging; a second LoggingSystem initialisation would reset its levels.
        return listeners.stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener))
                .filter(listener -> !listener.getClass().getName().startsWith("org.springframework.boot.devtools."))
                .toList();
    }

    /** An environment without the JVM's system properties and environment variables, which belong to the host. */
    private static final class IsolatedEnvironment extends StandardEnvironment {

        @Override
        protected void customizePropertySources(MutablePropertySources propertySources) {
            // Deliberately empty: command-line arguments and the simulator's own file are added by Spring Boot.
        }
    }
}
