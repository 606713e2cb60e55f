package dev.vippsmp.simulator.epayment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * Everything the simulator knows about a payment, for its control API and for people: more than the vendor's API
 * shows (who approved, the landing-page link, the shipping offered).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentOverview(
        String msn,
        String reference,
        PaymentState state,
        boolean pending,
        Money amount,
        Money requestedAmount,
        long authorizedAmount,
        long capturedAmount,
        long refundedAmount,
        long cancelledAmount,
        String paymentMethod,
        String userFlow,
        String redirectUrl,
        String returnUrl,
        String customerPhone,
        List<String> scopes,
        boolean express,
        ShippingRequestView shipping,
        ApprovalView approval,
        Instant createdAt,
        Instant expiresAt,
        Instant authorizedAt,
        List<PaymentEvent> events) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ShippingRequestView(List<ShippingGroup> fixedOptions, String callbackUrl) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApprovalView(String phoneNumber, String name, String sub, List<String> consentedScopes,
            ShippingDetails shippingDetails, String via, Instant profileVisibleAt, boolean userDetailsShared) {
    }

    /** Read it under the payment's lock, e.g. through {@link PaymentService#read}. */
    public static PaymentOverview of(Payment payment) {
        ShippingRequest shipping = payment.shipping();
        Payment.Approval approval = payment.approval();
        return new PaymentOverview(payment.msn(), payment.reference(), payment.state(), payment.isPending(),
                payment.amount(), payment.requestedAmount(), payment.authorizedAmount(), payment.capturedAmount(),
                payment.refundedAmount(), payment.cancelledAmount(), payment.paymentMethodType(), payment.userFlow(),
                payment.redirectUrl(), payment.returnUrl(), payment.customerPhone(), payment.scopes(),
                payment.isExpress(),
                shipping == null ? null : new ShippingRequestView(shipping.fixedOptions(), shipping.callbackUrl()),
                approval == null ? null : new ApprovalView(approval.user().phoneNumber(), approval.user().name(),
                        approval.user().sub(payment.msn()), approval.consentedScopes(), approval.shippingDetails(),
                        approval.via(), approval.profileVisibleAt(), approval.userDetailsShared()),
                payment.createdAt(), payment.expiresAt(), payment.authorizedAt(), payment.events());
    }
}
