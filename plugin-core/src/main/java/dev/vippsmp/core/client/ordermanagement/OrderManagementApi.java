package dev.vippsmp.core.client.ordermanagement;

import dev.vippsmp.core.client.ApiOperation;
import dev.vippsmp.core.client.errors.IdempotencyConflictException;
import dev.vippsmp.core.client.internal.ApiCallExecutor;
import dev.vippsmp.core.client.internal.ApiRequest;

/** Order Management API v2 for ePayment payments ({@code paymentType} ECOM); the order id is the reference. */
public final class OrderManagementApi {

    static final String PAYMENT_TYPE = "ECOM";

    private final ApiCallExecutor executor;

    public OrderManagementApi(ApiCallExecutor executor) {
        this.executor = executor;
    }

    /**
     * Sends the receipt. A receipt is immutable, so a 409 means an earlier try (ours, after a lost answer) already
     * stored it; that counts as done.
     */
    public void addReceipt(String reference, Receipt receipt) {
        try {
            executor.execute(ApiRequest.write(ApiOperation.ADD_RECEIPT, receipt, null, PAYMENT_TYPE, reference),
                    Void.class);
        } catch (IdempotencyConflictException alreadyStored) {
            // Nothing to do: the receipt is there.
        }
    }

    /** Sets (or replaces) the category and the link to the order in the shop. */
    public void putCategory(String reference, OrderCategory category) {
        executor.execute(ApiRequest.write(ApiOperation.PUT_CATEGORY, category, null, PAYMENT_TYPE, reference),
                Void.class);
    }
}
