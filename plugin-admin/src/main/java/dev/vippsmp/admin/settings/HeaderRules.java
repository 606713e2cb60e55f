package dev.vippsmp.admin.settings;

import dev.vippsmp.core.client.SystemHeaders;

/**
 * Names what is wrong with a {@code Vipps-System-*} value, for a message in the admin's language. Whether a value
 * is wrong is the core's decision ({@link SystemHeaders#problem}); this only tells the admin which rule it broke.
 */
final class HeaderRules {

    private HeaderRules() {
    }

    /** A message key under {@code vipps.admin.settings.header.}, or null when the value can be sent. */
    static String problem(String value) {
        if (SystemHeaders.problem(value) == null) {
            return null;
        }
        if (value == null || value.isBlank()) {
            return "blank";
        }
        if (value.length() > SystemHeaders.MAX_LENGTH) {
            return "too-long";
        }
        if (!value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            return "not-ascii";
        }
        return "spaces";
    }
}
