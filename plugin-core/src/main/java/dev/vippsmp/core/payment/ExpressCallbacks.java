package dev.vippsmp.core.payment;

import dev.vippsmp.core.client.epayment.ShippingGroup;
import dev.vippsmp.core.payment.PaymentOperationException.Reason;
import dev.vippsmp.core.payment.internal.PaymentEntity;
import dev.vippsmp.core.payment.internal.PaymentRecords;
import dev.vippsmp.core.payment.internal.ShippingGroups;
import dev.vippsmp.core.spi.Address;
import dev.vippsmp.core.spi.VippsShop;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/** What the app asks the shop during an Express payment: delivery options for the buyer's address. */
public final class ExpressCallbacks {

    private final PaymentRecords records;
    private final TransactionTemplate transactions;
    private final VippsShop shop;

    ExpressCallbacks(PaymentRecords records, TransactionTemplate transactions, VippsShop shop) {
        this.records = records;
        this.transactions = transactions;
        this.shop = shop;
    }

    /**
     * The delivery groups for an Express payment's dynamic shipping callback, or an empty list when the shop
     * cannot deliver to the address.
     */
    public List<ShippingGroup> shippingOptions(String reference, Address address) {
        Payment payment = transactions.execute(status -> records.find(reference)).orElseThrow(
                () -> new PaymentOperationException(Reason.PAYMENT_NOT_FOUND, "No payment " + reference));
        return ShippingGroups.of(shop.quoteShipping(payment.orderId(), address), payment.currency());
    }

    /** Whether the shipping callback's Authorization token is the one sent for this payment (constant time). */
    public boolean verifyToken(String reference, String token) {
        if (token == null) {
            return false;
        }
        String expected = transactions.execute(status -> records.findEntity(reference)
                .map(PaymentEntity::getCallbackToken).orElse(null));
        return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }
}
