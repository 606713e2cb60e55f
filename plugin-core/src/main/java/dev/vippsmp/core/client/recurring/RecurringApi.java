package dev.vippsmp.core.client.recurring;

import dev.vippsmp.core.client.ApiOperation;
import dev.vippsmp.core.client.internal.ApiCallExecutor;
import dev.vippsmp.core.client.internal.ApiRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The Recurring API v3. Every state-changing call takes the caller's Idempotency-Key (the spec gives one to each
 * POST, PATCH and DELETE here), derived from the agreement, the period and the operation.
 */
public final class RecurringApi {

    private final ApiCallExecutor executor;

    public RecurringApi(ApiCallExecutor executor) {
        this.executor = executor;
    }

    public DraftAgreementResponse createAgreement(DraftAgreement agreement, String idempotencyKey) {
        return executor.execute(ApiRequest.write(ApiOperation.CREATE_AGREEMENT, agreement, idempotencyKey),
                DraftAgreementResponse.class);
    }

    public Agreement getAgreement(String agreementId) {
        return executor.execute(ApiRequest.read(ApiOperation.GET_AGREEMENT, agreementId), Agreement.class);
    }

    /** The sales unit's agreements in a status (PENDING, ACTIVE, STOPPED, EXPIRED); all when null. */
    public List<Agreement> listAgreements(String status) {
        Agreement[] agreements = executor.execute(ApiRequest.read(ApiOperation.LIST_AGREEMENTS)
                .withQuery(status == null ? Map.of() : Map.of("status", status)), Agreement[].class);
        return agreements == null ? List.of() : Arrays.asList(agreements);
    }

    public void updateAgreement(String agreementId, AgreementPatch patch, String idempotencyKey) {
        executor.execute(ApiRequest.write(ApiOperation.UPDATE_AGREEMENT, patch, idempotencyKey, agreementId),
                Void.class);
    }

    /** Stops the agreement ({@code PATCH} with status STOPPED); stopping a stopped agreement is harmless. */
    public void stopAgreement(String agreementId, String idempotencyKey) {
        updateAgreement(agreementId, AgreementPatch.stop(), idempotencyKey);
    }

    public ChargeReference createCharge(String agreementId, CreateCharge charge, String idempotencyKey) {
        return executor.execute(ApiRequest.write(ApiOperation.CREATE_CHARGE, charge, idempotencyKey, agreementId),
                ChargeReference.class);
    }

    public Charge getCharge(String agreementId, String chargeId) {
        return executor.execute(ApiRequest.read(ApiOperation.GET_CHARGE, agreementId, chargeId), Charge.class);
    }

    /** An agreement's charges in a status; all when null. */
    public List<Charge> listCharges(String agreementId, String status) {
        Charge[] charges = executor.execute(ApiRequest.read(ApiOperation.LIST_CHARGES, agreementId)
                .withQuery(status == null ? Map.of() : Map.of("status", status)), Charge[].class);
        return charges == null ? List.of() : Arrays.asList(charges);
    }

    /** Captures a reserved charge (RESERVE_CAPTURE), wholly or in part. */
    public void captureCharge(String agreementId, String chargeId, ChargeAmount amount, String idempotencyKey) {
        executor.execute(ApiRequest.write(ApiOperation.CAPTURE_CHARGE, amount, idempotencyKey, agreementId,
                chargeId), Void.class);
    }

    /** Refunds a charged charge, wholly or in part. */
    public void refundCharge(String agreementId, String chargeId, ChargeAmount amount, String idempotencyKey) {
        executor.execute(ApiRequest.write(ApiOperation.REFUND_CHARGE, amount, idempotencyKey, agreementId,
                chargeId), Void.class);
    }

    /** Cancels a charge that is not charged yet (PENDING, DUE, RESERVED). */
    public void cancelCharge(String agreementId, String chargeId, String idempotencyKey) {
        executor.execute(ApiRequest.write(ApiOperation.CANCEL_CHARGE, null, idempotencyKey, agreementId, chargeId),
                Void.class);
    }
}
