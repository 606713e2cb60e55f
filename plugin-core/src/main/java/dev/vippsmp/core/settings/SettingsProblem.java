package dev.vippsmp.core.settings;

import java.util.List;

/**
 * A value in a {@link SettingsChange} that breaks a {@link SettingsRule}. It never holds the value itself, which
 * may be a secret.
 *
 * @param field where the value is in the change: {@code baseUrl}, {@code referencePrefix},
 *        {@code test.merchantSerialNumber}, {@code production.clientSecret}, {@code system.systemName} and so on
 * @param rule the rule it breaks
 * @param arguments the rule's arguments (numbers such as the most characters allowed), as the rule documents them
 */
public record SettingsProblem(String field, SettingsRule rule, List<Object> arguments) {

    public SettingsProblem {
        arguments = List.copyOf(arguments);
    }

    static SettingsProblem of(String field, SettingsRule rule, Object... arguments) {
        return new SettingsProblem(field, rule, List.of(arguments));
    }

    @Override
    public String toString() {
        return field + ": " + rule.code() + (arguments.isEmpty() ? "" : " " + arguments);
    }
}
