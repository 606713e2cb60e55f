package dev.vippsmp.core.spi;

/**
 * One delivery choice the shop offers.
 *
 * @param brand the carrier as the vendor names it (POSTEN, POSTNORD, BRING, DHL, ..., OTHER)
 * @param type HOME_DELIVERY, PICKUP_POINT, MAILBOX, IN_STORE or OTHER
 * @param amountMinor the price including VAT in minor units
 */
public record ShippingQuote(String id, String name, String brand, String type, long amountMinor,
        boolean isDefault, String estimatedDelivery) {
}
