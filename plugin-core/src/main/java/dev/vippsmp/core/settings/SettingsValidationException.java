package dev.vippsmp.core.settings;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A settings change refused as a whole, nothing of it saved; {@link #problems()} names each bad field and rule. */
public class SettingsValidationException extends RuntimeException {

    private final List<SettingsProblem> problems;

    public SettingsValidationException(List<SettingsProblem> problems) {
        super("Invalid settings: " + problems);
        this.problems = List.copyOf(problems);
    }

    /** Each bad value, in the order of the change's fields. */
    public List<SettingsProblem> problems() {
        return problems;
    }

    /** The fields with a problem, as {@link SettingsProblem#field()} names them. */
    public Set<String> fields() {
        return problems.stream().map(SettingsProblem::field).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
