package dev.vippsmp.core.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The four {@code Vipps-System-*} values stamped on every call. The vendor allows at most 30 characters each; the
 * plugin also keeps them to printable ASCII so that no header can be split or garbled. Values are checked when an
 * admin sets them or the plugin starts (see {@code SettingsRules.header}), not when a call is made.
 */
public record SystemHeaders(String systemName, String systemVersion, String pluginName, String pluginVersion) {

    public static final int MAX_LENGTH = 30;

    public static final String SYSTEM_NAME = "Vipps-System-Name";
    public static final String SYSTEM_VERSION = "Vipps-System-Version";
    public static final String PLUGIN_NAME = "Vipps-System-Plugin-Name";
    public static final String PLUGIN_VERSION = "Vipps-System-Plugin-Version";

    /** Header name to value, in a stable order. */
    public Map<String, String> asHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SYSTEM_NAME, systemName);
        headers.put(SYSTEM_VERSION, systemVersion);
        headers.put(PLUGIN_NAME, pluginName);
        headers.put(PLUGIN_VERSION, pluginVersion);
        return headers;
    }
}
