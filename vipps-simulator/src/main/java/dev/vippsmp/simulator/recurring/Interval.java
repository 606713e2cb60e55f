package dev.vippsmp.simulator.recurring;

import java.util.Locale;

/** How often the agreement is charged: a unit (YEAR, MONTH, WEEK, DAY) and a count of 1 to 31. */
record Interval(String unit, int count) {

    /** The text the app shows, e.g. "every 2 weeks", as the spec's {@code TimePeriodResponse.text}. */
    String text() {
        String word = unit.toLowerCase(Locale.ROOT);
        return count == 1 ? "every " + word : "every " + count + " " + word + "s";
    }
}
