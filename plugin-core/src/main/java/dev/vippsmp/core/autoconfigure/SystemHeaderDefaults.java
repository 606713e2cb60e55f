package dev.vippsmp.core.autoconfigure;

import dev.vippsmp.core.client.SystemHeaders;
import dev.vippsmp.core.settings.SettingsRule;
import dev.vippsmp.core.settings.SettingsRules;
import dev.vippsmp.core.settings.VippsProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.springframework.core.env.Environment;

/**
 * The Vipps-System-* values used until an admin sets others: configured ones first, then the host's
 * {@code spring.application.name} and {@code info.app.version}, and this plugin's name and version from its build.
 * A configured value that breaks the rules stops startup naming the property; a derived one is made to fit.
 */
final class SystemHeaderDefaults {

    static final String BUILD_FILE = "dev/vippsmp/core/plugin-build.properties";

    private SystemHeaderDefaults() {
    }

    static SystemHeaders resolve(VippsProperties.SystemInfo configured, Environment environment) {
        Properties build = pluginBuild();
        return new SystemHeaders(
                pick("vipps.system.name", configured.name(), environment.getProperty("spring.application.name"),
                        "spring-boot-shop"),
                pick("vipps.system.version", configured.version(), environment.getProperty("info.app.version"),
                        "unknown"),
                pick("vipps.system.plugin-name", configured.pluginName(), build.getProperty("plugin.name"),
                        "vipps-mobilepay-spring"),
                pick("vipps.system.plugin-version", configured.pluginVersion(), build.getProperty("plugin.version"),
                        "unknown"));
    }

    private static String pick(String property, String configured, String derived, String fallback) {
        if (configured != null && !configured.isBlank()) {
            SettingsRule broken = SettingsRules.header(configured);
            if (broken != null) {
                throw new IllegalStateException(property + " breaks the rule " + broken.code() + ": a Vipps-System-*"
                        + " value is at most " + SystemHeaders.MAX_LENGTH + " printable ASCII characters, with no"
                        + " space at its start or end");
            }
            return configured;
        }
        String fitted = fit(derived);
        return fitted == null ? fallback : fitted;
    }

    /** Printable ASCII only, trimmed, at most 30 characters; null when nothing is left. */
    static String fit(String value) {
        if (value == null) {
            return null;
        }
        String ascii = value.replaceAll("[^\\x20-\\x7E]", "").strip();
        if (ascii.length() > SystemHeaders.MAX_LENGTH) {
            ascii = ascii.substring(0, SystemHeaders.MAX_LENGTH).strip();
        }
        return ascii.isEmpty() ? null : ascii;
    }

    private static Properties pluginBuild() {
        Properties properties = new Properties();
        try (InputStream in = SystemHeaderDefaults.class.getClassLoader().getResourceAsStream(BUILD_FILE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
