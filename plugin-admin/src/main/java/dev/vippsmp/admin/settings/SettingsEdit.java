package dev.vippsmp.admin.settings;

import dev.vippsmp.core.client.ApiCredentials;
import dev.vippsmp.core.settings.ApiEnvironment;
import dev.vippsmp.core.settings.BaseUrlPolicy;
import dev.vippsmp.core.settings.PluginSettings;
import dev.vippsmp.core.settings.SettingsChange;
import dev.vippsmp.core.settings.VippsProperties;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * Turns the settings into the form and the form back into a change. A change names only the fields the admin
 * actually changed, so the audit trail says what the admin did and nothing else; a field that is emptied but holds
 * a value is refused rather than silently kept.
 */
final class SettingsEdit {

    /** The core's names of the key fields, as the form names them. */
    static final Map<String, String> FORM_FIELDS = Map.of(
            "testMerchantSerialNumber", "test.merchantSerialNumber", "testClientId", "test.clientId",
            "testClientSecret", "test.clientSecret", "testSubscriptionKey", "test.subscriptionKey",
            "productionMerchantSerialNumber", "production.merchantSerialNumber",
            "productionClientId", "production.clientId", "productionClientSecret", "production.clientSecret",
            "productionSubscriptionKey", "production.subscriptionKey");

    /** The fields whose values are secret: the audit trail says only that they changed. */
    static final Set<String> SECRET_FIELDS = Set.of("testClientSecret", "testSubscriptionKey",
            "productionClientSecret", "productionSubscriptionKey");

    /** Keys and ids are printable ASCII without spaces; longer than this they cannot be a real key. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final VippsProperties properties;

    SettingsEdit(VippsProperties properties) {
        this.properties = properties;
    }

    /** The message code for a field the core refused: one text per rule, whichever environment's key it is. */
    static String invalidCode(String coreField) {
        String rule = coreField.replaceFirst("^(test|production)(?=[A-Z])", "");
        return "vipps.admin.settings.invalid." + Character.toLowerCase(rule.charAt(0)) + rule.substring(1);
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
     * names with the plugin's message codes. Nothing is checked twice: what the core validates (MSN, prefix, URL,
     * header rules) the core refuses on save.
     */
    SettingsChange change(SettingsForm form, PluginSettings current, Errors errors) {
        required(form.getMarket(), "market", errors);
        required(form.getOrderStatusAfterApproval(), "orderStatusAfterApproval", errors);
        required(form.getCapturePolicy(), "capturePolicy", errors);
        required(form.getExpressProductPages(), "expressProductPages", errors);
        required(form.getShippingMode(), "shippingMode", errors);
        required(form.getEnvironment(), "environment", errors);
        for (var header : Map.of("systemName", form.getSystemName(), "systemVersion", form.getSystemVersion(),
                "pluginName", form.getPluginName(), "pluginVersion", form.getPluginVersion()).entrySet()) {
            String problem = HeaderRules.problem(header.getValue());
            if (problem != null) {
                errors.rejectValue(header.getKey(), "vipps.admin.settings.header." + problem,
                        new Object[] {header.getValue() == null ? 0 : header.getValue().length()}, null);
            }
        }
        KeyChanges test = keyChanges("test", form.getTest(), current.testKeys(), errors);
        KeyChanges production = keyChanges("production", form.getProduction(), current.productionKeys(), errors);
        URI baseUrl = baseUrlChange(form.getBaseUrl(), current, errors);
        return new SettingsChange(changed(form.isEnabled(), current.enabled()),
                changed(form.getMarket(), current.market()), changed(form.getEnvironment(), current.environment()),
                test.msn(), test.clientId(), test.clientSecret(), test.subscriptionKey(),
                production.msn(), production.clientId(), production.clientSecret(), production.subscriptionKey(),
                baseUrl, changed(form.getReferencePrefix(), current.referencePrefix()),
                changed(form.getCapturePolicy(), current.capturePolicy()),
                changed(form.isExpressCart(), current.express().cart()),
                changed(form.getExpressProductPages(), current.express().productPages()),
                changed(form.isExpressAlwaysAskForAddress(), current.express().alwaysAskForAddress()),
                changed(form.getShippingMode(), current.shippingMode()),
                changed(form.isReceipts(), current.receipts()),
                changed(form.getSystemName(), current.systemHeaders().systemName()),
                changed(form.getSystemVersion(), current.systemHeaders().systemVersion()),
                changed(form.getPluginName(), current.systemHeaders().pluginName()),
                changed(form.getPluginVersion(), current.systemHeaders().pluginVersion()),
                changed(form.getOrderStatusAfterApproval(), current.orderStatusAfterApproval()));
    }

    private KeyChanges keyChanges(String prefix, KeysForm typed, ApiCredentials saved, Errors errors) {
        String msn = plain(prefix + ".merchantSerialNumber", typed.getMerchantSerialNumber(),
                saved.merchantSerialNumber(), errors);
        String clientId = plain(prefix + ".clientId", typed.getClientId(), saved.clientId(), errors);
        if (clientId != null && !KEY.matcher(clientId).matches()) {
            errors.rejectValue(prefix + ".clientId", "vipps.admin.settings.invalid.clientId");
        }
        return new KeyChanges(msn, clientId, secret(prefix + ".clientSecret", typed.getClientSecret(), errors),
                secret(prefix + ".subscriptionKey", typed.getSubscriptionKey(), errors));
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

    private static String secret(String field, String typed, Errors errors) {
        if (!EnteredSettings.isNewSecret(typed)) {
            return null;
        }
        String value = typed.strip();
        if (!KEY.matcher(value).matches()) {
            // The message never repeats the value: it is a secret.
            errors.rejectValue(field, "vipps.admin.settings.invalid.key");
            return null;
        }
        return value;
    }

    private URI baseUrlChange(String typed, PluginSettings current, Errors errors) {
        if (typed == null || typed.isBlank()) {
            return hasOverride(current) ? SettingsChange.NO_OVERRIDE : null;
        }
        URI url = EnteredSettings.baseUrl(typed, current.baseUrl());
        if (url == null) {
            errors.rejectValue("baseUrl", "vipps.admin.settings.invalid.baseUrl");
            return null;
        }
        if (url.equals(current.baseUrl()) && hasOverride(current)) {
            return null;
        }
        if (BaseUrlPolicy.isPlainHttpElsewhere(url)) {
            // The core refuses it too; this says why, in the admin's language.
            errors.rejectValue("baseUrl", "vipps.admin.settings.plain-http");
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

    private record KeyChanges(String msn, String clientId, String clientSecret, String subscriptionKey) {

        @Override
        public String toString() {
            return "KeyChanges[msn=" + msn + ", secrets hidden]";
        }
    }
}
