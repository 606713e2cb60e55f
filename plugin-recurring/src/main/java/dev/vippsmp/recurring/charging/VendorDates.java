package dev.vippsmp.recurring.charging;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The vendor's calendar. Its dates are Norwegian dates, and a RECURRING charge must be due at least one day after
 * the vendor's today ("charges are created with a 1-day lead time", the Recurring API's "Recurring charges" page;
 * the spec's CreateChargeV3 {@code due}: at least one day ahead in the test environment, two in production, which
 * {@code vipps.recurring.lead-time} of at least a day covers).
 */
final class VendorDates {

    static final ZoneId ZONE = ZoneId.of("Europe/Oslo");
    static final int MINIMUM_LEAD_DAYS = 1;

    private VendorDates() {
    }

    /** The earliest due date the vendor accepts for a charge created now. */
    static LocalDate earliestDue(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE)).plusDays(MINIMUM_LEAD_DAYS);
    }
}
