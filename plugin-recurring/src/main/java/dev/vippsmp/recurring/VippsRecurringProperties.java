package dev.vippsmp.recurring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Subscriptions, under {@code vipps.recurring.*}.
 *
 * @param enabled whether the shop sells subscriptions; when off, nothing is started or charged
 * @param leadTime room added to the vendor's one-day minimum: a period's charge is created once its due date is
 *         within one day plus this (charges are created "with a 1-day lead time", until midnight before the due
 *         date: the Recurring API's "Recurring charges" page). Whole days; at least one, because the production
 *         environment wants two days ahead (the spec's CreateChargeV3 {@code due}); more leaves room for a day the
 *         vendor is down
 * @param retryDays how many days after the due date the vendor keeps trying a failed charge, 0 to 14 (the API's
 *         {@code retryDays})
 * @param chargingInterval how often the charging job looks for periods to charge
 * @param pollInterval how often the poller runs, and the first wait before a non-final agreement or charge is read
 *         again; doubles per read
 * @param maxPollInterval the longest wait between two reads of one agreement or charge
 */
@ConfigurationProperties("vipps.recurring")
@Validated
public record VippsRecurringProperties(
        @DefaultValue("true") boolean enabled,
        @NotNull @DurationMin(days = 1) @DurationMax(days = 28) @DefaultValue("P2D") Duration leadTime,
        @Min(0) @Max(14) @DefaultValue("3") int retryDays,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("PT15M") Duration chargingInterval,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("PT30S") Duration pollInterval,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("PT6H") Duration maxPollInterval) {
}
