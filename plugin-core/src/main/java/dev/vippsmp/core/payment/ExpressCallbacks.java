package dev.vippsmp.core.payment;

import dev.vippsmp.core.client.epayment.ShippingGroup;
import dev.vippsmp.core.payment.PaymentOperationException.Reason;
import dev.vippsmp.core.payment.internal.PaymentEntity;
import dev.vippsmp.core.payment.internal.PaymentReads;
import dev.vippsmp.core.payment.internal.ShippingGroups;
import dev.vippsmp.core.spi.Address;
import dev.vippsmp.core.spi.VippsShop;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/** What the app asks the shop during an Express payment: delivery options for the buyer's address. */
public final class ExpressCallbacks {

    private final PaymentReads reads;
    private final VippsShop shop;

    ExpressCallbacks(PaymentReads reads, VippsShop shop) {
        this.reads = reads;
        this.shop = shop;
    }

    /**
     * The delivery groups for an Express payment's dynamic shipping callback, or an empty list when the shop
     * cannot deliver to the address.
     */
    public List<ShippingGroup> shippingOptions(String reference, Address address) {
        Payment payment = reads.find(reference).orElseThrow(
                () -> new PaymentOperationException(Reason.PAYMENT_NOT_FOUND, "No payment " + reference));
        return ShippingGroups.of(shop.quoteShipping(payment.orderId(), address), payment.currency());
    }

    /** Whether the shipping callback's Authorization token is the one sent for this payment (constant time). */
    public boolean verifyToken(String reference, String token) {
        if (token == null) {
            return false;
        }
        String expected = reads.findEntity(reference).map(PaymentEntity::getCallbackToken).orElse(null);
        return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }
}
