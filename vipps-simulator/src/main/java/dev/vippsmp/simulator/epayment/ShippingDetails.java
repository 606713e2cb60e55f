package dev.vippsmp.simulator.epayment;

/** What the customer chose in an Express payment: where to, and how, at what cost (minor units). */
public record ShippingDetails(ShippingAddress address, long shippingCost, String shippingOptionId,
        String shippingOptionName) {
}
