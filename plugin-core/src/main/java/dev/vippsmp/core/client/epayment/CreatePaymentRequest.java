package dev.vippsmp.core.client.epayment;

import dev.vippsmp.core.client.ordermanagement.Receipt;
import java.util.Map;

/**
 * Body of {@code POST /epayment/v1/payments}. {@code userFlow} is {@code WEB_REDIRECT} for a browser checkout;
 * {@code shipping} with the Express profile scope turns it into Express.
 */
public record CreatePaymentRequest(Amount amount, PaymentMethod paymentMethod, String reference, String userFlow,
        String returnUrl, Customer customer, Profile profile, String paymentDescription, Receipt receipt,
        Map<String, String> metadata, Shipping shipping) {

    public static final String WEB_REDIRECT = "WEB_REDIRECT";
}
