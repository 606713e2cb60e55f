package dev.vippsmp.core.webhook.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A webhook registered through the plugin, with its signing secret encrypted. */
@Entity
@Table(name = "vipps_webhook_registration")
public class WebhookRegistrationEntity {

    @Id
    private String id;
    private String url;
    private String events;
    private String secretEnc;
    private String msn;
    private Instant createdAt;

    protected WebhookRegistrationEntity() {
    }

    public WebhookRegistrationEntity(String id, String url, String events, String secretEnc, String msn,
            Instant createdAt) {
        this.id = id;
        this.url = url;
        this.events = events;
        this.secretEnc = secretEnc;
        this.msn = msn;
        this.createdAt = createdAt;
    }

    public String getId() { return id; }
    public String getUrl() { return url; }
    public String getEvents() { return events; }
    public String getSecretEnc() { return secretEnc; }
    public String getMsn() { return msn; }
    public Instant getCreatedAt() { return createdAt; }
}
