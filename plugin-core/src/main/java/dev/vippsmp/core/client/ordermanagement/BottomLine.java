package dev.vippsmp.core.client.ordermanagement;

/** The receipt's currency and optional receipt number; totals are computed from the lines. */
public record BottomLine(String currency, Long tipAmount, String receiptNumber) {
}
