package dev.vippsmp.core.payment.internal;

import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentFlow;
import dev.vippsmp.core.payment.PaymentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One payment attempt. Inserted once; afterwards changed only by conditional updates in {@link PaymentRecords}
 * that check the version (and for state changes the status), never by a read-modify-write of this object.
 */
@Entity
@Table(name = "vipps_payment")
public class PaymentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String orderId;
    private String reference;
    private int attempt;
    @Enumerated(EnumType.STRING)
    private PaymentFlow flow;
    private long amountMinor;
    private String currency;
    @Enumerated(EnumType.STRING)
    private PaymentStatus status;
    private String vendorState;
    private long authorizedMinor;
    private long capturedMinor;
    private long refundedMinor;
    private long cancelledMinor;
    private long shippingMinor;
    private boolean flagged;
    private String flagReason;
    private String toldOutcome;
    private int captureSeq;
    private int refundSeq;
    private int cancelSeq;
    @Column(length = 1000)
    private String redirectUrl;
    private String pspReference;
    private boolean captureOnAuthorization;
    private String callbackToken;
    private int pollCount;
    /** The money operation that holds this payment now, and until when (see {@link MoneyClaims}). */
    private String moneyClaim;
    private Instant moneyClaimedUntil;
    private Instant nextPollAt;
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected PaymentEntity() {
    }

    public PaymentEntity(String orderId, String reference, int attempt, PaymentFlow flow, long amountMinor,
            String currency, boolean captureOnAuthorization, String callbackToken, Instant now,
            Instant nextPollAt) {
        this.orderId = orderId;
        this.reference = reference;
        this.attempt = attempt;
        this.flow = flow;
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.status = PaymentStatus.CREATED;
        this.captureOnAuthorization = captureOnAuthorization;
        this.callbackToken = callbackToken;
        this.createdAt = now;
        this.updatedAt = now;
        this.nextPollAt = nextPollAt;
    }

    public Payment toPayment() {
        return new Payment(id, orderId, reference, attempt, flow, amountMinor, currency, status, vendorState,
                authorizedMinor, capturedMinor, refundedMinor, cancelledMinor, shippingMinor, flagged, flagReason,
                toldOutcome, redirectUrl, captureOnAuthorization, version, createdAt, updatedAt, nextPollAt, pollCount);
    }

    public Long getId() { return id; }
    public String getOrderId() { return orderId; }
    public String getReference() { return reference; }
    public int getAttempt() { return attempt; }
    public PaymentFlow getFlow() { return flow; }
    public PaymentStatus getStatus() { return status; }
    public int getCaptureSeq() { return captureSeq; }
    public int getRefundSeq() { return refundSeq; }
    public int getCancelSeq() { return cancelSeq; }
    public String getCallbackToken() { return callbackToken; }
    public int getPollCount() { return pollCount; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
}
