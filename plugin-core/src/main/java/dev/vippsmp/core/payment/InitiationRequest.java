package dev.vippsmp.core.payment;

/**
 * What the checkout asks for when a buyer chooses to pay.
 *
 * @param returnUrl where the app sends the buyer back (https or a custom scheme)
 * @param shippingCallbackUrl Express with dynamic delivery: the endpoint the vendor asks for options, else null
 * @param phoneNumber the buyer's phone number (MSISDN digits) when the shop already knows it, else null
 */
public record InitiationRequest(String orderId, PaymentFlow flow, String returnUrl, String shippingCallbackUrl,
        String phoneNumber) {

    public static InitiationRequest checkout(String orderId, String returnUrl) {
        return new InitiationRequest(orderId, PaymentFlow.CHECKOUT, returnUrl, null, null);
    }
}
