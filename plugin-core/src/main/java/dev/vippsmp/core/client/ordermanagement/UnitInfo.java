package dev.vippsmp.core.client.ordermanagement;

/** Unit price (minor units), quantity as decimal text, and unit (PCS, KG, KM, MINUTE, LITRE, KWH). */
public record UnitInfo(long unitPrice, String quantity, String quantityUnit) {
}
