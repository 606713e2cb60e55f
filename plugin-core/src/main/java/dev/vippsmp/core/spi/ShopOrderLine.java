package dev.vippsmp.core.spi;

import java.math.BigDecimal;

/**
 * One order line.
 *
 * @param unitPriceMinor price of one unit including VAT, in minor units
 * @param totalMinor the line's total including VAT, after any discount, in minor units
 * @param vatRateBasisPoints the VAT rate in hundredths of a percent (2500 is 25 %)
 * @param ships whether the line is goods to deliver (false for digital goods and services)
 */
public record ShopOrderLine(String id, String name, BigDecimal quantity, long unitPriceMinor, long totalMinor,
        int vatRateBasisPoints, boolean ships) {
}
