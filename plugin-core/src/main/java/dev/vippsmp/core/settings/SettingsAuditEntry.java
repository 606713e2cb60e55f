package dev.vippsmp.core.settings;

import java.time.Instant;

/**
 * One changed field. For a secret both values are null: the trail says that it changed, never what to.
 */
public record SettingsAuditEntry(Instant changedAt, String actor, String field, String oldValue, String newValue) {
}
