package dev.vippsmp.admin.settings;

import dev.vippsmp.core.settings.SettingsProblem;
import dev.vippsmp.core.settings.SettingsRule;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * Puts what the core's rules ({@link dev.vippsmp.core.settings.SettingsRules}) found wrong on the form: each
 * problem next to its field, under a message code {@code vipps.admin.settings.rule.<rule code>} with the rule's
 * arguments, so the page says it in the admin's language. Whether a value is wrong is decided in the core only.
 */
final class SettingsProblems {

    /** The message keys of the rules; the header preview has its own under {@link #PREVIEW}. */
    static final String RULE = "vipps.admin.settings.rule.";
    static final String PREVIEW = "vipps.admin.preview.problem.";

    private SettingsProblems() {
    }

    static void reject(List<SettingsProblem> problems, Errors errors) {
        for (SettingsProblem problem : problems) {
            errors.rejectValue(formField(problem.field()), RULE + problem.rule().code(),
                    problem.arguments().toArray(), null);
        }
    }

    /** The form's name of a field of the change: the form has the system headers at its top level. */
    static String formField(String changeField) {
        return changeField.startsWith("system.") ? changeField.substring("system.".length()) : changeField;
    }

    /** The header preview's message key for a rule a {@code Vipps-System-*} value breaks. */
    static String previewCode(SettingsRule rule) {
        return PREVIEW + rule.code();
    }
}
