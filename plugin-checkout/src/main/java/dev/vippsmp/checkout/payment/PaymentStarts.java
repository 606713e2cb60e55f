package dev.vippsmp.checkout.payment;

import dev.vippsmp.checkout.attempt.CheckoutAttempt;
import dev.vippsmp.checkout.attempt.CheckoutAttempts;
import dev.vippsmp.checkout.config.CheckoutUrls;
import dev.vippsmp.core.payment.Initiation;
import dev.vippsmp.core.payment.InitiationRequest;
import dev.vippsmp.core.payment.PaymentFlow;
import dev.vippsmp.core.payment.PaymentInitiation;
import dev.vippsmp.core.settings.SettingsService;
import java.net.URI;

/**
 * Starts payments with a return page of their own: opens the attempt (its secret return token bound to the
 * order), creates the payment with the token's return URL, and records which payment the attempt made. The same
 * for the checkout, express checkout and a retry, so each attempt of an order gets its own token and its own
 * suffixed reference.
 */
public class PaymentStarts {

    private final PaymentInitiation payments;
    private final CheckoutAttempts attempts;
    private final CheckoutUrls urls;
    private final SettingsService settings;

    public PaymentStarts(PaymentInitiation payments, CheckoutAttempts attempts, CheckoutUrls urls,
            SettingsService settings) {
        this.payments = payments;
        this.attempts = attempts;
        this.urls = urls;
        this.settings = settings;
    }

    /** A payment started, and the token of its return page. */
    public record Started(String token, Initiation initiation) {
    }

    /** The payment method at checkout: the shop already has the buyer and the delivery. */
    public Started checkout(String orderId, URI base, String orderPageUrl, String phoneNumber) {
        String token = attempts.open(orderId, null, orderPageUrl, false);
        Initiation initiation = payments.initiate(new InitiationRequest(orderId, PaymentFlow.CHECKOUT,
                urls.returnUrl(base, token), null, PhoneNumbers.msisdn(phoneNumber, settings.current().market())));
        attempts.started(token, initiation.reference());
        return new Started(token, initiation);
    }

    /**
     * Opens an express attempt for an order the shop just made from a cart, before its payment exists, so that a
     * payment that fails to start still has a return page to send the buyer to.
     */
    public String openExpress(String orderId, String cartId) {
        return attempts.open(orderId, cartId, null, true);
    }

    /** Creates the payment of an express attempt: address and delivery, or only name, email and phone. */
    public Initiation express(String token, String orderId, URI base) {
        Initiation initiation = payments.initiateExpress(orderId, urls.returnUrl(base, token),
                urls.shippingCallbackUrl(base));
        attempts.started(token, initiation.reference());
        return initiation;
    }

    /**
     * Creates the payment of a retry attempt already opened ({@link CheckoutAttempts#openRetry}), in the flow of the
     * payment it replaces.
     */
    public Started retry(String token, CheckoutAttempt earlier, PaymentFlow flow, URI base) {
        if (flow != PaymentFlow.CHECKOUT) {
            return new Started(token, express(token, earlier.orderId(), base));
        }
        Initiation initiation = payments.initiate(new InitiationRequest(earlier.orderId(), PaymentFlow.CHECKOUT,
                urls.returnUrl(base, token), null, null));
        attempts.started(token, initiation.reference());
        return new Started(token, initiation);
    }
}
