package dev.vippsmp.core.payment;

import dev.vippsmp.core.client.epayment.PaymentDetails;

/** Compares the vendor's totals for a payment with the stored ones. */
public final class VendorTotals {

    private VendorTotals() {
    }

    /**
     * True when the vendor's totals are not the stored ones: money moved (an operation whose follow-up failed, one
     * on another node, an event) that the shop has not taken in yet.
     */
    public static boolean differ(Payment payment, PaymentDetails vendor) {
        return vendor.aggregate() != null && (payment.authorizedMinor() != vendor.aggregate().authorized()
                || payment.capturedMinor() != vendor.aggregate().captured()
                || payment.refundedMinor() != vendor.aggregate().refunded()
                || payment.cancelledMinor() != vendor.aggregate().cancelled());
    }
}
