package dev.vippsmp.core.settings.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** Applies a settings change field by field and writes down each field that really changed. */
public final class ChangeRecorder {

    private final Instant at;
    private final String actor;
    private final List<SettingsAuditEntity> entries = new ArrayList<>();

    public ChangeRecorder(Instant at, String actor) {
        this.at = at;
        this.actor = actor;
    }

    /** Sets a plain field when the new value is given and differs. */
    public <T> void set(String field, T newValue, Supplier<T> current, Consumer<T> setter) {
        if (newValue != null && !Objects.equals(newValue, current.get())) {
            entries.add(new SettingsAuditEntity(at, actor, field, text(current.get()), text(newValue)));
            setter.accept(newValue);
        }
    }

    /** Clears a field that holds a value, so the configuration's value applies again. */
    public <T> void clear(String field, Supplier<T> current, Consumer<T> setter) {
        if (current.get() != null) {
            entries.add(new SettingsAuditEntity(at, actor, field, text(current.get()), null));
            setter.accept(null);
        }
    }

    /**
     * Sets a secret when a non-blank value is given and differs from the stored one; the trail gets the field
     * name only.
     */
    public void setSecret(String field, String newPlain, Supplier<String> currentEncrypted,
            Function<String, String> decrypt, Function<String, String> encrypt, Consumer<String> setter) {
        if (newPlain == null || newPlain.isBlank()) {
            return;
        }
        String stored = currentEncrypted.get();
        if (stored != null && newPlain.equals(decrypt.apply(stored))) {
            return;
        }
        entries.add(new SettingsAuditEntity(at, actor, field, null, null));
        setter.accept(encrypt.apply(newPlain));
    }

    public List<SettingsAuditEntity> entries() {
        return entries;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
