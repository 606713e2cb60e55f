package dev.vippsmp.admin.settings;

import dev.vippsmp.core.client.ApiCredentials;
import dev.vippsmp.core.client.SystemHeaders;
import dev.vippsmp.core.settings.ApiEnvironment;
import dev.vippsmp.core.settings.PluginSettings;
import dev.vippsmp.core.settings.SettingsChange;
import dev.vippsmp.core.settings.SettingsRule;
import dev.vippsmp.core.settings.SettingsRules;
import dev.vippsmp.core.settings.VippsProperties;
import java.net.URI;
import java.util.Objects;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * Turns the settings into the form and the form back into a change. A change names only the fields the admin
 * actually changed, so the audit trail says what the admin did and nothing else; a field that is emptied but holds
 * a value is refused rather than silently kept.
 */
final class SettingsEdit {

    /** The fields whose values are secret: the audit trail says only that they changed. */
    static final Set<String> SECRET_FIELDS = Set.of("testClientSecret", "testSubscriptionKey",
            "productionClientSecret", "productionSubscriptionKey");

    private final VippsProperties properties;

    SettingsEdit(VippsProperties properties) {
        this.properties = properties;
    }

    SettingsForm form(PluginSettings current) {
        SettingsForm form = new SettingsForm();
        form.setVersion(current.version());
        form.setEnabled(current.enabled());
        form.setMarket(current.market());
        form.setOrderStatusAfterApproval(current.orderStatusAfterApproval());
        form.setReferencePrefix(current.referencePrefix());
        form.setCapturePolicy(current.capturePolicy());
        form.setReceipts(current.receipts());
        form.setExpressCart(current.express().cart());
        form.setExpressProductPages(current.express().productPages());
        form.setExpressAlwaysAskForAddress(current.express().alwaysAskForAddress());
        form.setShippingMode(current.shippingMode());
        form.setEnvironment(current.environment());
        form.setTest(keys(current.testKeys()));
        form.setProduction(keys(current.productionKeys()));
        form.setBaseUrl(hasOverride(current) ? current.baseUrl().toString() : "");
        form.setSystemName(current.systemHeaders().systemName());
        form.setSystemVersion(current.systemHeaders().systemVersion());
        form.setPluginName(current.systemHeaders().pluginName());
        form.setPluginVersion(current.systemHeaders().pluginVersion());
        return form;
    }

    /** Where calls go when no override is saved, for the admin's information. */
    URI withoutOverride(ApiEnvironment environment) {
        return properties.baseUrlFor(environment);
    }

    /** Replaces whatever secret the admin typed with what the page may show: the mask, or nothing. */
    static void hideSecrets(SettingsForm form, PluginSettings current) {
        form.getTest().setClientSecret(mask(current.testKeys().clientSecret()));
        form.getTest().setSubscriptionKey(mask(current.testKeys().subscriptionKey()));
        form.getProduction().setClientSecret(mask(current.productionKeys().clientSecret()));
        form.getProduction().setSubscriptionKey(mask(current.productionKeys().subscriptionKey()));
    }

    /**
     * The change the form makes to the current settings; problems go to {@code errors} under the form's field
     * names with the plugin's message codes. What the form alone knows is checked here: a choice left out, a key
     * emptied that holds a value, an address that is no URL at all. Whether a value can be used is the core's
     * rules' decision ({@link SettingsRules}), asked here so the page shows every problem at once; saving asks
     * them again and refuses the same.
     */
    SettingsChange change(SettingsForm form, PluginSettings current, Errors errors) {
        required(form.getMarket(), "market", errors);
        required(form.getOrderStatusAfterApproval(), "orderStatusAfterApproval", errors);
        required(form.getCapturePolicy(), "capturePolicy", errors);
        required(form.getExpressProductPages(), "expressProductPages", errors);
        required(form.getShippingMode(), "shippingMode", errors);
        required(form.getEnvironment(), "environment", errors);
        SystemHeaders headers = current.systemHeaders();
        SettingsChange change = new SettingsChange(changed(form.isEnabled(), current.enabled()),
                changed(form.getMarket(), current.market()), changed(form.getEnvironment(), current.environment()),
                keyChanges("test", form.getTest(), current.testKeys(), errors),
                keyChanges("production", form.getProduction(), current.productionKeys(), errors),
                baseUrlChange(form.getBaseUrl(), current, errors),
                changed(form.getReferencePrefix(), current.referencePrefix()),
                new SettingsChange.Capture(changed(form.getCapturePolicy(), current.capturePolicy()),
                        changed(form.getOrderStatusAfterApproval(), current.orderStatusAfterApproval())),
                new SettingsChange.Express(changed(form.isExpressCart(), current.express().cart()),
                        changed(form.getExpressProductPages(), current.express().productPages()),
                        changed(form.isExpressAlwaysAskForAddress(), current.express().alwaysAskForAddress()),
                        changed(form.getShippingMode(), current.shippingMode())),
                changed(form.isReceipts(), current.receipts()),
                new SettingsChange.SystemInfo(changed(form.getSystemName(), headers.systemName()),
                        changed(form.getSystemVersion(), headers.systemVersion()),
                        changed(form.getPluginName(), headers.pluginName()),
                        changed(form.getPluginVersion(), headers.pluginVersion())));
        SettingsProblems.reject(SettingsRules.check(change), errors);
        return change;
    }

    private static SettingsChange.Keys keyChanges(String prefix, KeysForm typed, ApiCredentials saved,
            Errors errors) {
        return new SettingsChange.Keys(
                plain(prefix + ".merchantSerialNumber", typed.getMerchantSerialNumber(), saved.merchantSerialNumber(),
                        errors),
                plain(prefix + ".clientId", typed.getClientId(), saved.clientId(), errors),
                secret(typed.getClientSecret()), secret(typed.getSubscriptionKey()));
    }

    /** The new value of a plain key field, null when unchanged; emptying a field that holds a value is refused. */
    private static String plain(String field, String typed, String saved, Errors errors) {
        String value = typed == null ? "" : typed.strip();
        String before = saved == null ? "" : saved;
        if (value.isEmpty() && !before.isEmpty()) {
            errors.rejectValue(field, "vipps.admin.settings.cannot-empty");
            return null;
        }
        return value.equals(before) ? null : value;
    }

    /** A new secret as typed, or null for the mask or nothing, which keep the saved one. */
    private static String secret(String typed) {
        return EnteredSettings.isNewSecret(typed) ? typed.strip() : null;
    }

    /** The new override, {@link SettingsChange#NO_OVERRIDE}, or null when unchanged or when it is no URL. */
    private URI baseUrlChange(String typed, PluginSettings current, Errors errors) {
        if (typed == null || typed.isBlank()) {
            return hasOverride(current) ? SettingsChange.NO_OVERRIDE : null;
        }
        URI url = EnteredSettings.parse(typed);
        if (url == null) {
            errors.rejectValue("baseUrl", SettingsProblems.RULE + SettingsRule.BASE_URL_NOT_WEB.code());
            return null;
        }
        if (url.equals(current.baseUrl()) && hasOverride(current)) {
            return null;
        }
        return url;
    }

    private boolean hasOverride(PluginSettings current) {
        return !current.baseUrl().equals(properties.baseUrlFor(current.environment()));
    }

    private static void required(Object value, String field, Errors errors) {
        if (value == null && errors.getFieldErrorCount(field) == 0) {
            errors.rejectValue(field, "vipps.admin.settings.required");
        }
    }

    private static <T> T changed(T value, T current) {
        return value == null || Objects.equals(value, current) ? null : value;
    }

    private static KeysForm keys(ApiCredentials credentials) {
        KeysForm keys = new KeysForm();
        keys.setMerchantSerialNumber(credentials.merchantSerialNumber() == null ? ""
                : credentials.merchantSerialNumber());
        keys.setClientId(credentials.clientId() == null ? "" : credentials.clientId());
        keys.setClientSecret(mask(credentials.clientSecret()));
        keys.setSubscriptionKey(mask(credentials.subscriptionKey()));
        return keys;
    }

    private static String mask(String secret) {
        return secret == null || secret.isBlank() ? "" : SettingsForm.MASK;
    }
}
