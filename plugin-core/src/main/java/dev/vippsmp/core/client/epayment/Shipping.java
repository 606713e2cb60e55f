package dev.vippsmp.core.client.epayment;

import java.util.List;

/** Express delivery: exactly one of fixed options or a dynamic callback. */
public record Shipping(List<ShippingGroup> fixedOptions, DynamicShippingOptions dynamicOptions) {

    public static Shipping fixed(List<ShippingGroup> groups) {
        return new Shipping(List.copyOf(groups), null);
    }

    public static Shipping dynamic(DynamicShippingOptions options) {
        return new Shipping(null, options);
    }
}
