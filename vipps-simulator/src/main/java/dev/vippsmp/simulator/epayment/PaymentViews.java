package dev.vippsmp.simulator.epayment;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.vippsmp.simulator.config.TestUser;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the ePayment API, built from a payment while its lock is held. */
final class PaymentViews {

    /** The card BIN the simulator reports for CARD payments. */
    static final String CARD_BIN = "540185";

    private PaymentViews() {
    }

    record Aggregate(Money authorizedAmount, Money cancelledAmount, Money capturedAmount, Money refundedAmount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PaymentMethodView(String type, String cardBin) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProfileView(String sub) {
    }

    /** The shared profile, one field per consented scope. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UserDetails(String email, String firstName, String lastName, String mobileNumber,
            List<ShippingAddress> addresses) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CreatePaymentResponse(String redirectUrl, String reference) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GetPaymentResponse(Aggregate aggregate, Money amount, PaymentState state, PaymentMethodView paymentMethod,
            ProfileView profile, String pspReference, String reference, String redirectUrl,
            Map<String, String> metadata, UserDetails userDetails, ShippingDetails shippingDetails) {
    }

    record ModificationResponse(Money amount, PaymentState state, Aggregate aggregate, String pspReference,
            String reference) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WebhookPayload(String msn, String reference, String pspReference, EventName name, Money amount,
            Instant timestamp, String idempotencyKey, boolean success, ProfileView profile, UserDetails userDetails,
            Instant captureGuaranteedUntil) {
    }

    static GetPaymentResponse get(Payment payment, Instant now) {
        boolean profileVisible = payment.approval() != null && !now.isBefore(payment.approval().profileVisibleAt());
        return new GetPaymentResponse(aggregate(payment), payment.amount(), payment.state(), method(payment),
                profileVisible ? profile(payment) : new ProfileView(null), payment.pspReference(), payment.reference(),
                "PUSH_MESSAGE".equals(payment.userFlow()) ? null : payment.redirectUrl(), payment.metadata(), profileVisible ? userDetails(payment) : null,
                payment.approval() == null ? null : payment.approval().shippingDetails());
    }

    static ModificationResponse modification(Payment payment) {
        return new ModificationResponse(payment.amount(), payment.state(), aggregate(payment), payment.pspReference(),
                payment.reference());
    }

    static WebhookPayload webhook(Payment payment, PaymentEvent event) {
        boolean authorized = event.name() == EventName.AUTHORIZED && event.success();
        // Unlike GET, the event names a profile only when the payment asked for one.
        boolean sharesProfile = authorized && !payment.scopes().isEmpty();
        return new WebhookPayload(payment.msn(), payment.reference(), event.pspReference(), event.name(),
                event.amount(), event.timestamp(), event.idempotencyKey(), event.success(),
                sharesProfile ? profile(payment) : null, authorized ? userDetails(payment) : null,
                authorized ? payment.captureGuaranteedUntil() : null);
    }

    private static Aggregate aggregate(Payment payment) {
        Money amount = payment.amount();
        return new Aggregate(amount.withValue(payment.authorizedAmount()), amount.withValue(payment.cancelledAmount()),
                amount.withValue(payment.capturedAmount()), amount.withValue(payment.refundedAmount()));
    }

    private static PaymentMethodView method(Payment payment) {
        boolean card = "CARD".equals(payment.paymentMethodType()) && payment.approval() != null;
        return new PaymentMethodView(payment.paymentMethodType(), card ? CARD_BIN : null);
    }

    private static ProfileView profile(Payment payment) {
        if (payment.approval() == null || payment.scopes().isEmpty()) {
            return new ProfileView(null);
        }
        return new ProfileView(payment.approval().user().sub(payment.msn()));
    }

    private static UserDetails userDetails(Payment payment) {
        if (payment.approval() == null || payment.approval().consentedScopes().isEmpty()
                || !payment.approval().userDetailsShared()) {
            return null;
        }
        List<String> scopes = payment.approval().consentedScopes();
        TestUser user = payment.approval().user();
        boolean name = scopes.contains("name");
        return new UserDetails(scopes.contains("email") ? user.email() : null, name ? user.givenName() : null,
                name ? user.familyName() : null, scopes.contains("phoneNumber") ? user.phoneNumber() : null,
                scopes.contains("address") ? user.addresses().stream().map(ShippingAddress::of).toList() : null);
    }
}
