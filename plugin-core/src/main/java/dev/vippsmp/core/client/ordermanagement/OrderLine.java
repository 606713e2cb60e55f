package dev.vippsmp.core.client.ordermanagement;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One receipt line in minor units. {@code taxPercentage} (0-100) is what the receipt schema referenced by the
 * ePayment API requires.
 */
public record OrderLine(String name, String id, long totalAmount, long totalAmountExcludingTax, long totalTaxAmount,
        int taxPercentage, UnitInfo unitInfo, Long discount, String productUrl,
        @JsonProperty("isReturn") Boolean isReturn, @JsonProperty("isShipping") Boolean isShipping) {
}
