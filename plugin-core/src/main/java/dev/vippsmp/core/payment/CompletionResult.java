package dev.vippsmp.core.payment;

import dev.vippsmp.core.spi.PaymentOutcome;

/**
 * What one completion did.
 *
 * @param changed true when this call moved the local record (only one concurrent caller ever does per change)
 * @param told the outcome this call told the shop, or null
 */
public record CompletionResult(String reference, PaymentStatus status, boolean changed, PaymentOutcome.Kind told) {

    public static CompletionResult unknown(String reference) {
        return new CompletionResult(reference, null, false, null);
    }
}
