package dev.vippsmp.core.telemetry;

/**
 * Text from outside made fit for a bounded column: on one line, and cut to the column's length without splitting a
 * character. A cut counted in UTF-16 units never exceeds the limit on any supported database, whether it counts
 * units (H2) or characters (PostgreSQL, MariaDB).
 */
final class StoredText {

    private StoredText() {
    }

    /** At most {@code max} UTF-16 units; a surrogate pair at the cut is dropped whole rather than halved. */
    static String bounded(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    /**
     * One line of at most {@code max} UTF-16 units: line breaks and other control characters become spaces, runs of
     * spaces one, and blank text null. A title is a one-line label; a stray line break or control character from an
     * answer has no place in a table cell.
     */
    static String line(String value, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder line = new StringBuilder(Math.min(value.length(), max + 1));
        for (int i = 0; i < value.length() && line.length() <= max; i++) {
            char c = value.charAt(i);
            boolean space = Character.isISOControl(c) || Character.isWhitespace(c);
            if (!space) {
                line.append(c);
            } else if (!line.isEmpty() && line.charAt(line.length() - 1) != ' ') {
                line.append(' ');
            }
        }
        String trimmed = bounded(line.toString(), max).strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
