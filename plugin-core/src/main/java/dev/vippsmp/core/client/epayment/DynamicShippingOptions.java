package dev.vippsmp.core.client.epayment;

/** The shop's endpoint the vendor calls with the buyer's address to get delivery choices. */
public record DynamicShippingOptions(String callbackUrl, String callbackAuthorizationToken) {

    @Override
    public String toString() {
        return "DynamicShippingOptions[callbackUrl=" + callbackUrl + "]";
    }
}
