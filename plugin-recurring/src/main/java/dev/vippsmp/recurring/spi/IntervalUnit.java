package dev.vippsmp.recurring.spi;

/** How long one period of a subscription is, counted in these units (the Recurring API's {@code interval.unit}). */
public enum IntervalUnit {
    DAY, WEEK, MONTH, YEAR
}
