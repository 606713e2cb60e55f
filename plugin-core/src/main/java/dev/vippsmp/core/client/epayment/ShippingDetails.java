package dev.vippsmp.core.client.epayment;

/** The buyer's chosen delivery for an Express payment; {@code shippingCost} is in minor units. */
public record ShippingDetails(ShippingAddress address, Long shippingCost, String shippingOptionId,
        String shippingOptionName) {

    public long cost() {
        return shippingCost == null ? 0 : shippingCost;
    }
}
