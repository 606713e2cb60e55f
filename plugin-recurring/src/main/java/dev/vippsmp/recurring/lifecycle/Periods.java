package dev.vippsmp.recurring.lifecycle;

import dev.vippsmp.recurring.spi.IntervalUnit;
import java.time.LocalDate;

/** Due dates: period {@code n} is due {@code n} intervals after the agreement started (period 0 on the day itself). */
public final class Periods {

    private Periods() {
    }

    public static LocalDate due(LocalDate startedOn, IntervalUnit unit, int count, int period) {
        long units = (long) count * period;
        return switch (unit) {
            case DAY -> startedOn.plusDays(units);
            case WEEK -> startedOn.plusWeeks(units);
            case MONTH -> startedOn.plusMonths(units);
            case YEAR -> startedOn.plusYears(units);
        };
    }
}
