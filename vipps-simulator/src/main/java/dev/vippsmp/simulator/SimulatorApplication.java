package dev.vippsmp.simulator;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * A local stand-in for the Vipps MobilePay APIs and app.
 *
 * <p>Only the auto-configurations the simulator needs are imported, by name: it also runs inside host applications
 * whose classpath carries JPA, Flyway, Spring Security and Actuator, and full auto-configuration would pick those up.
 * It reads only its own configuration file, {@code vipps-simulator.properties} (or {@code .yml}).
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        TomcatServletWebServerAutoConfiguration.class,
        HttpEncodingAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        ErrorMvcAutoConfiguration.class,
        ThymeleafAutoConfiguration.class })
@ComponentScan
@ConfigurationPropertiesScan
public class SimulatorApplication {

    /** The simulator's own configuration file name; a host's {@code application.properties} is never read. */
    static final String CONFIG_NAME = "vipps-simulator";

    /** Standalone: {@code java -jar vipps-simulator.jar --server.port=8090}. */
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SimulatorApplication.class);
        application.setDefaultProperties(Map.of(
                "spring.config.name", CONFIG_NAME,
                "server.port", "8090"));
        application.run(args);
    }
}
