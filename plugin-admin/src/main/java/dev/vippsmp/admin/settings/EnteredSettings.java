package dev.vippsmp.admin.settings;

import dev.vippsmp.core.client.ApiCredentials;
import dev.vippsmp.core.client.SystemHeaders;
import dev.vippsmp.core.settings.ApiEnvironment;
import dev.vippsmp.core.settings.PluginSettings;
import dev.vippsmp.core.settings.SettingsRule;
import dev.vippsmp.core.settings.SettingsRules;
import dev.vippsmp.core.settings.VippsProperties;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the form as typed would make the next call look like, saved or not: where it goes, with which keys (a
 * masked or empty secret is the saved one) and which {@code Vipps-System-*} values. The header preview and "Test
 * connection" both read the form through this, so they agree with each other and with what saving would do.
 *
 * @param baseUrl null when the typed override is not a usable URL
 * @param headerProblems header name to the message key of the rule it breaks, for values that saving would
 *        refuse
 * @param savedSecrets the secrets left masked or empty ({@code clientSecret}, {@code subscriptionKey}), which
 *        {@code keys} holds the saved values of
 * @param savedAddress true when {@code baseUrl} is an address calls already go to: the saved one (which the audit
 *        trail names) or the environment's as the shop's configuration has it
 */
record EnteredSettings(ApiEnvironment environment, URI baseUrl, ApiCredentials keys, SystemHeaders systemHeaders,
        Map<String, String> headerProblems, List<String> savedSecrets, boolean savedAddress) {

    static EnteredSettings of(SettingsForm form, PluginSettings current, VippsProperties properties) {
        ApiEnvironment environment = form.getEnvironment() != null ? form.getEnvironment() : current.environment();
        ApiCredentials saved = environment == ApiEnvironment.PRODUCTION ? current.productionKeys()
                : current.testKeys();
        KeysForm typed = environment == ApiEnvironment.PRODUCTION ? form.getProduction() : form.getTest();
        ApiCredentials keys = new ApiCredentials(text(typed.getMerchantSerialNumber()), text(typed.getClientId()),
                secret(typed.getClientSecret(), saved.clientSecret()),
                secret(typed.getSubscriptionKey(), saved.subscriptionKey()));
        List<String> savedSecrets = new ArrayList<>();
        if (!isNewSecret(typed.getClientSecret()) && present(saved.clientSecret())) {
            savedSecrets.add("clientSecret");
        }
        if (!isNewSecret(typed.getSubscriptionKey()) && present(saved.subscriptionKey())) {
            savedSecrets.add("subscriptionKey");
        }
        SystemHeaders headers = new SystemHeaders(text(form.getSystemName()), text(form.getSystemVersion()),
                text(form.getPluginName()), text(form.getPluginVersion()));
        Map<String, String> problems = new LinkedHashMap<>();
        headers.asHeaders().forEach((name, value) -> {
            SettingsRule broken = SettingsRules.header(value);
            if (broken != null) {
                problems.put(name, SettingsProblems.previewCode(broken));
            }
        });
        URI withoutOverride = properties.baseUrlFor(environment);
        URI baseUrl = baseUrl(form.getBaseUrl(), withoutOverride);
        boolean savedAddress = baseUrl != null && (baseUrl.equals(current.baseUrl())
                || baseUrl.equals(withoutOverride));
        return new EnteredSettings(environment, baseUrl, keys, headers, problems, List.copyOf(savedSecrets),
                savedAddress);
    }

    /** The override as typed, or where calls go without one; null when the typed text is no http(s) URL. */
    static URI baseUrl(String typed, URI withoutOverride) {
        if (typed == null || typed.isBlank()) {
            return withoutOverride;
        }
        URI url = parse(typed);
        return url != null && SettingsRules.isWebAddress(url) ? url : null;
    }

    /** The typed text as a URI, whatever its scheme; null when it is not even that. */
    static URI parse(String typed) {
        try {
            return new URI(typed.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** True when the admin typed a new secret rather than leaving the saved one. */
    static boolean isNewSecret(String typed) {
        return typed != null && !typed.isBlank() && !SettingsForm.MASK.equals(typed);
    }

    private static String secret(String typed, String saved) {
        return isNewSecret(typed) ? typed.strip() : saved;
    }

    private static boolean present(String secret) {
        return secret != null && !secret.isBlank();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    @Override
    public String toString() {
        return "EnteredSettings[environment=" + environment + ", baseUrl=" + baseUrl + ", keys=" + keys
                + ", savedSecrets=" + savedSecrets + ", savedAddress=" + savedAddress + "]";
    }
}
