package dev.vippsmp.simulator.epayment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One entry of a payment's event log. Its {@code pspReference} is the event's own, not the payment's.
 *
 * @param success false when the operation was attempted and failed, e.g. a declined card
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentEvent(
        String reference,
        String pspReference,
        EventName name,
        Money amount,
        Instant timestamp,
        String idempotencyKey,
        boolean success) {
}
