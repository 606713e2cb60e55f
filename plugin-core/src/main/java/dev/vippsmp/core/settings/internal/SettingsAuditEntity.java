package dev.vippsmp.core.settings.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One changed settings field: who, when, which field; values only for fields that are not secret. */
@Entity
@Table(name = "vipps_settings_audit")
public class SettingsAuditEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant changedAt;
    private String actor;
    private String field;
    private String oldValue;
    private String newValue;

    protected SettingsAuditEntity() {
    }

    public SettingsAuditEntity(Instant changedAt, String actor, String field, String oldValue, String newValue) {
        this.changedAt = changedAt;
        this.actor = actor;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public Instant getChangedAt() { return changedAt; }
    public String getActor() { return actor; }
    public String getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
}
