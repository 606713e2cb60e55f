package dev.vippsmp.core.settings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A settings change refused as a whole; {@link #fieldErrors()} names each bad field and why. */
public class SettingsValidationException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public SettingsValidationException(Map<String, String> fieldErrors) {
        super("Invalid settings: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /** Field name (as in {@link SettingsChange}) to the problem with its value. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
