package dev.vippsmp.admin.settings;

import dev.vippsmp.core.client.ApiCredentials;
import dev.vippsmp.core.settings.ApiEnvironment;
import dev.vippsmp.core.settings.CapturePolicy;
import dev.vippsmp.core.settings.HeaderPreview;
import dev.vippsmp.core.settings.Market;
import dev.vippsmp.core.settings.OrderStatusAfterApproval;
import dev.vippsmp.core.settings.PluginSettings;
import dev.vippsmp.core.settings.ProductPageButtons;
import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.core.settings.ShippingMode;
import dev.vippsmp.core.settings.VippsProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** What the settings page shows beside the form: choices, errors in the admin's language, warnings, the trail. */
class SettingsPage {

    static final int RECENT_CHANGES = 5;

    private final SettingsService settings;
    private final VippsProperties properties;
    private final MessageSource messages;

    SettingsPage(SettingsService settings, VippsProperties properties, MessageSource messages) {
        this.settings = settings;
        this.properties = properties;
        this.messages = messages;
    }

    void fill(Model model, SettingsForm form, PluginSettings current, BindingResult binding) {
        model.addAttribute(SettingsController.FORM, form);
        model.addAttribute("markets", Market.values());
        model.addAttribute("environments", ApiEnvironment.values());
        model.addAttribute("orderStatuses", OrderStatusAfterApproval.values());
        model.addAttribute("capturePolicies", CapturePolicy.values());
        model.addAttribute("productPageOptions", ProductPageButtons.values());
        model.addAttribute("shippingModes", ShippingMode.values());
        model.addAttribute("fieldErrors", fieldErrors(binding));
        model.addAttribute("current", current);
        model.addAttribute("withoutOverride", properties.baseUrlFor(form.getEnvironment() != null
                ? form.getEnvironment() : current.environment()).toString());
        model.addAttribute("savedSecrets", savedSecrets(current));
        model.addAttribute("warnings", warnings(current));
        model.addAttribute("recentChanges", settings.auditTrail(RECENT_CHANGES));
        model.addAttribute("secretFields", SettingsEdit.SECRET_FIELDS);
        model.addAttribute("mask", SettingsForm.MASK);
    }

    void preview(Model model, EnteredSettings entered) {
        model.addAttribute("preview", HeaderPreview.of(entered.baseUrl() != null ? entered.baseUrl()
                : properties.baseUrlFor(entered.environment()), entered.keys(), entered.systemHeaders()));
        model.addAttribute("headerProblems", entered.headerProblems());
        model.addAttribute("baseUrlInvalid", entered.baseUrl() == null);
    }

    /** Field name to its first error, in the admin's language; never the rejected value. */
    private Map<String, String> fieldErrors(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (binding == null) {
            return errors;
        }
        for (FieldError error : binding.getFieldErrors()) {
            String key = error.isBindingFailure() ? "vipps.admin.settings.not-an-option" : error.getCode();
            errors.putIfAbsent(error.getField(), messages.getMessage(key, error.getArguments(),
                    messages.getMessage("vipps.admin.settings.invalid", null, LocaleContextHolder.getLocale()),
                    LocaleContextHolder.getLocale()));
        }
        return errors;
    }

    private static Map<String, Boolean> savedSecrets(PluginSettings current) {
        return Map.of("test.clientSecret", present(current.testKeys().clientSecret()),
                "test.subscriptionKey", present(current.testKeys().subscriptionKey()),
                "production.clientSecret", present(current.productionKeys().clientSecret()),
                "production.subscriptionKey", present(current.productionKeys().subscriptionKey()));
    }

    private static List<String> warnings(PluginSettings current) {
        List<String> warnings = new ArrayList<>();
        ApiCredentials keys = current.activeKeys();
        if (current.enabled() && !keys.isComplete()) {
            warnings.add("vipps.admin.settings.warning.incomplete-keys");
        }
        if (!current.enabled()) {
            warnings.add("vipps.admin.settings.warning.disabled");
        }
        return warnings;
    }

    private static boolean present(String secret) {
        return secret != null && !secret.isBlank();
    }
}
