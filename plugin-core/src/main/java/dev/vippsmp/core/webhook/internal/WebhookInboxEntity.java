package dev.vippsmp.core.webhook.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A verified webhook delivery, stored before it is answered; {@code dedupKey} is unique (declared here as well as in
 * the migration, so that a schema Hibernate creates, as for an embedded test database, refuses a duplicate too).
 */
@Entity
@Table(name = "vipps_webhook_inbox", uniqueConstraints = @UniqueConstraint(name = "uq_vipps_webhook_inbox_key",
        columnNames = "dedup_key"))
public class WebhookInboxEntity {

    /** How many ids one call of the sequence serves; the sequence's INCREMENT BY. */
    public static final int ID_ALLOCATION = 50;

    /**
     * From a sequence Hibernate draws on {@value #ID_ALLOCATION} ids at a time (its pooled optimizer), so that a
     * batch of new rows is one batched INSERT; the sequence's increment is the same in the migration (V7).
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vipps_webhook_inbox_seq")
    @SequenceGenerator(name = "vipps_webhook_inbox_seq", sequenceName = "vipps_webhook_inbox_seq",
            allocationSize = WebhookInboxEntity.ID_ALLOCATION)
    private Long id;
    private String dedupKey;
    private String reference;
    private String eventName;
    private String pspReference;
    private Boolean success;
    @Column(length = 8000)
    private String payload;
    private Instant receivedAt;
    private Instant processedAt;
    private String outcome;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    /** The token of the claim that holds the delivery now or held it last; see the dispatcher. */
    @Column(length = 36)
    private String claimToken;

    protected WebhookInboxEntity() {
    }

    public WebhookInboxEntity(String dedupKey, String reference, String eventName, String pspReference,
            Boolean success, String payload, Instant receivedAt) {
        this.dedupKey = dedupKey;
        this.reference = reference;
        this.eventName = eventName;
        this.pspReference = pspReference;
        this.success = success;
        this.payload = payload;
        this.receivedAt = receivedAt;
        this.nextAttemptAt = receivedAt;
    }

    public Long getId() { return id; }
    public String getDedupKey() { return dedupKey; }
    public String getReference() { return reference; }
    public String getEventName() { return eventName; }
    public String getPspReference() { return pspReference; }
    public Boolean getSuccess() { return success; }
    public String getPayload() { return payload; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getProcessedAt() { return processedAt; }
    public String getOutcome() { return outcome; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public String getClaimToken() { return claimToken; }
}
