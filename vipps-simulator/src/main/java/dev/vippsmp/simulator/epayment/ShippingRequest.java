package dev.vippsmp.simulator.epayment;

import java.util.List;

/**
 * The {@code shipping} of an Express payment: fixed options, or a callback the app's backend asks for options for
 * the customer's address.
 */
public record ShippingRequest(List<ShippingGroup> fixedOptions, String callbackUrl, String callbackAuthorizationToken) {

    public boolean isDynamic() {
        return callbackUrl != null;
    }

    @Override
    public String toString() {
        return "ShippingRequest[" + (isDynamic() ? "dynamic " + callbackUrl : "fixed") + "]";
    }
}
