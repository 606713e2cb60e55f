package dev.vippsmp.core.settings;

import dev.vippsmp.core.client.SystemHeaders;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one place that decides whether a settings value can be used. {@link SettingsService} refuses a change that
 * breaks a rule, the admin pages check a form with the same rules to show every problem at once, and the
 * {@code vipps.*} properties' constraints use the same patterns. Problems are rules, never texts: the admin pages
 * say them in the admin's language.
 */
public final class SettingsRules {

    /** A merchant serial number: 4 to 6 digits. */
    public static final String MERCHANT_SERIAL_NUMBER = "[0-9]{4,6}";
    /** A payment reference prefix: at most 20 letters, digits or '-'. */
    public static final String REFERENCE_PREFIX = "[a-zA-Z0-9-]{0,20}";
    public static final int MAX_REFERENCE_PREFIX = 20;
    /** Keys and ids are printable ASCII without spaces; longer than this they cannot be a real key. */
    public static final int MAX_KEY = 200;
    /** The longest base URL the settings table stores. */
    public static final int MAX_BASE_URL = 500;

    private static final Pattern MSN = Pattern.compile(MERCHANT_SERIAL_NUMBER);
    private static final Pattern PREFIX = Pattern.compile(REFERENCE_PREFIX);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1," + MAX_KEY + "}");

    private SettingsRules() {
    }

    /** Every problem with the change, in the order of its fields; empty when it can be saved. */
    public static List<SettingsProblem> check(SettingsChange change) {
        List<SettingsProblem> problems = new ArrayList<>();
        keys(problems, "test", change.test());
        keys(problems, "production", change.production());
        if (change.baseUrl() != null && !change.removesBaseUrlOverride()) {
            SettingsRule broken = baseUrl(change.baseUrl());
            if (broken == SettingsRule.BASE_URL_TOO_LONG) {
                problems.add(SettingsProblem.of("baseUrl", broken, MAX_BASE_URL));
            } else if (broken != null) {
                problems.add(SettingsProblem.of("baseUrl", broken));
            }
        }
        if (change.referencePrefix() != null && !PREFIX.matcher(change.referencePrefix()).matches()) {
            problems.add(SettingsProblem.of("referencePrefix", SettingsRule.REFERENCE_PREFIX, MAX_REFERENCE_PREFIX));
        }
        if (change.system() != null) {
            for (Map.Entry<String, String> header : change.system().byField().entrySet()) {
                if (header.getValue() != null) {
                    SettingsProblem problem = header(header.getKey(), header.getValue());
                    if (problem != null) {
                        problems.add(problem);
                    }
                }
            }
        }
        return problems;
    }

    /** The rule a {@code Vipps-System-*} value breaks, or null when it can be sent. */
    public static SettingsRule header(String value) {
        if (value == null || value.isBlank()) {
            return SettingsRule.HEADER_BLANK;
        }
        if (value.length() > SystemHeaders.MAX_LENGTH) {
            return SettingsRule.HEADER_TOO_LONG;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return SettingsRule.HEADER_NOT_ASCII;
            }
        }
        if (!value.equals(value.strip())) {
            return SettingsRule.HEADER_SPACES;
        }
        return null;
    }

    /** The rule a base URL override breaks, or null when calls may go there. */
    public static SettingsRule baseUrl(URI url) {
        if (!isWebAddress(url)) {
            return SettingsRule.BASE_URL_NOT_WEB;
        }
        if (BaseUrlPolicy.isPlainHttpElsewhere(url)) {
            return SettingsRule.BASE_URL_PLAIN_HTTP;
        }
        if (url.toString().length() > MAX_BASE_URL) {
            return SettingsRule.BASE_URL_TOO_LONG;
        }
        return null;
    }

    /** True when the URL is absolute http or https (lower case) with a host: an address a call could go to. */
    public static boolean isWebAddress(URI url) {
        return url.isAbsolute() && url.getHost() != null
                && ("https".equals(url.getScheme()) || "http".equals(url.getScheme()));
    }

    private static SettingsProblem header(String field, String value) {
        SettingsRule broken = header(value);
        if (broken == null) {
            return null;
        }
        return broken == SettingsRule.HEADER_TOO_LONG
                ? SettingsProblem.of(field, broken, SystemHeaders.MAX_LENGTH, value.length())
                : SettingsProblem.of(field, broken);
    }

    private static void keys(List<SettingsProblem> problems, String environment, SettingsChange.Keys keys) {
        if (keys == null) {
            return;
        }
        if (keys.merchantSerialNumber() != null && !MSN.matcher(keys.merchantSerialNumber()).matches()) {
            problems.add(SettingsProblem.of(environment + ".merchantSerialNumber",
                    SettingsRule.MERCHANT_SERIAL_NUMBER, 4, 6));
        }
        if (keys.clientId() != null && !KEY.matcher(keys.clientId()).matches()) {
            problems.add(SettingsProblem.of(environment + ".clientId", SettingsRule.CLIENT_ID, MAX_KEY));
        }
        secret(problems, environment + ".clientSecret", keys.clientSecret());
        secret(problems, environment + ".subscriptionKey", keys.subscriptionKey());
    }

    /** A blank secret keeps the saved one, so only a new one is checked. */
    private static void secret(List<SettingsProblem> problems, String field, String value) {
        if (value != null && !value.isBlank() && !KEY.matcher(value).matches()) {
            problems.add(SettingsProblem.of(field, SettingsRule.SECRET, MAX_KEY));
        }
    }
}
