package dev.vippsmp.core.client.epayment;

import dev.vippsmp.core.client.ApiOperation;
import dev.vippsmp.core.client.internal.ApiCallExecutor;
import dev.vippsmp.core.client.internal.ApiRequest;
import java.util.Arrays;
import java.util.List;

/**
 * The ePayment API v1. State-changing calls take the Idempotency-Key from the caller, who derives it from the
 * order and the operation, so a retry (here or after a crash) repeats the same key.
 */
public final class EPaymentApi {

    private final ApiCallExecutor executor;

    public EPaymentApi(ApiCallExecutor executor) {
        this.executor = executor;
    }

    public CreatePaymentResponse create(CreatePaymentRequest request, String idempotencyKey) {
        return executor.execute(ApiRequest.write(ApiOperation.CREATE_PAYMENT, request, idempotencyKey),
                CreatePaymentResponse.class);
    }

    public PaymentDetails get(String reference) {
        return executor.execute(ApiRequest.read(ApiOperation.GET_PAYMENT, reference), PaymentDetails.class);
    }

    public List<PaymentEvent> events(String reference) {
        PaymentEvent[] events = executor.execute(ApiRequest.read(ApiOperation.GET_PAYMENT_EVENTS, reference),
                PaymentEvent[].class);
        return events == null ? List.of() : Arrays.asList(events);
    }

    public ModificationResponse capture(String reference, Amount amount, String idempotencyKey) {
        return executor.execute(ApiRequest.write(ApiOperation.CAPTURE_PAYMENT, new ModificationRequest(amount),
                idempotencyKey, reference), ModificationResponse.class);
    }

    public ModificationResponse refund(String reference, Amount amount, String idempotencyKey) {
        return executor.execute(ApiRequest.write(ApiOperation.REFUND_PAYMENT, new ModificationRequest(amount),
                idempotencyKey, reference), ModificationResponse.class);
    }

    /** Releases what is not captured; before authorization the payment ends as TERMINATED. */
    public ModificationResponse cancel(String reference, String idempotencyKey) {
        return executor.execute(ApiRequest.write(ApiOperation.CANCEL_PAYMENT, null, idempotencyKey, reference),
                ModificationResponse.class);
    }

    /** Cancels only if the payment is not yet authorized; the vendor answers 6060 otherwise. */
    public ModificationResponse cancelTransactionOnly(String reference, String idempotencyKey) {
        return executor.execute(ApiRequest.write(ApiOperation.CANCEL_PAYMENT, new CancelRequest(true),
                idempotencyKey, reference), ModificationResponse.class);
    }

    /** Test environment only: approves the payment as the given test user would in the app. */
    public void forceApprove(String reference, String phoneNumber) {
        executor.execute(ApiRequest.write(ApiOperation.FORCE_APPROVE_PAYMENT,
                new ForceApproveRequest(new Customer(phoneNumber), null), null, reference), Void.class);
    }
}
