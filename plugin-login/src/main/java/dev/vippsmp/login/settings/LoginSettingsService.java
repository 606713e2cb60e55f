package dev.vippsmp.login.settings;

import dev.vippsmp.core.settings.ApiEnvironment;
import dev.vippsmp.core.settings.RecheckedValue;
import dev.vippsmp.login.VippsLoginProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads and saves the login's settings. A save names the version it was based on, so two admins saving at once
 * cannot overwrite each other unseen; invalid values are refused with a rule code the admin page words. Every page
 * with a login button asks, so the settings read are kept for {@code vipps.settings.refresh-interval} as the
 * core's are: a save here applies at once, one on another node within the interval.
 */
public class LoginSettingsService {

    /** Why a change was refused. */
    public static final class InvalidChange extends RuntimeException {
        private final String rule;

        InvalidChange(String rule) {
            super(rule);
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    private final JdbcTemplate jdbc;
    private final VippsLoginProperties properties;
    private final Clock clock;
    private final RecheckedValue<LoginSettings> kept;

    /** @param refreshInterval how long the settings read are trusted before they are read again */
    public LoginSettingsService(JdbcTemplate jdbc, VippsLoginProperties properties, Clock clock,
            Duration refreshInterval) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.kept = new RecheckedValue<>(clock, refreshInterval, this::read);
    }

    public LoginSettings current() {
        return kept.get();
    }

    /** The settings as stored; the kept instance when they are the same, so callers can tell a change by identity. */
    private LoginSettings read(LoginSettings kept) {
        LoginSettings read = read();
        return read.equals(kept) ? kept : read;
    }

    private LoginSettings read() {
        List<LoginSettings> saved = jdbc.query("select enabled, scopes, automatic_return, create_customers, "
                + "environment, version, updated_at, updated_by from vipps_login_settings where id = 1",
                (row, index) -> new LoginSettings(row.getBoolean(1), Arrays.asList(row.getString(2).split(" ")),
                        row.getBoolean(3), row.getBoolean(4),
                        row.getString(5) == null ? null : ApiEnvironment.valueOf(row.getString(5)), row.getLong(6),
                        row.getTimestamp(7).toInstant(), row.getString(8)));
        if (!saved.isEmpty()) {
            return saved.get(0);
        }
        return new LoginSettings(properties.enabled(), properties.scopes().stream()
                .filter(scope -> !"openid".equals(scope)).toList(), properties.automaticReturn(),
                properties.createCustomers(), null, 0, null, null);
    }

    /**
     * Saves a change made on top of {@code expectedVersion}.
     *
     * @throws InvalidChange {@code scopes.unknown} for a scope Login does not offer, {@code version.stale} when
     *         someone saved in between
     */
    public LoginSettings update(boolean enabled, List<String> scopes, boolean automaticReturn,
            boolean createCustomers, ApiEnvironment environment, long expectedVersion, String actor) {
        if (!LoginSettings.CLAIM_SCOPES.containsAll(scopes)) {
            throw new InvalidChange("scopes.unknown");
        }
        LoginSettings current = read();
        if (current.version() != expectedVersion) {
            kept.forget(); // the admin is shown the settings again, and must see the newer ones
            throw new InvalidChange("version.stale");
        }
        Timestamp now = Timestamp.from(clock.instant());
        String joined = String.join(" ", LoginSettings.CLAIM_SCOPES.stream().filter(scopes::contains).toList());
        String environmentName = environment == null ? null : environment.name();
        int changed;
        try {
            changed = expectedVersion == 0
                    ? jdbc.update("insert into vipps_login_settings (id, enabled, scopes, automatic_return, "
                            + "create_customers, environment, version, updated_at, updated_by) "
                            + "values (1, ?, ?, ?, ?, ?, 1, ?, ?)",
                            enabled, joined, automaticReturn, createCustomers, environmentName, now, actor)
                    : jdbc.update("update vipps_login_settings set enabled = ?, scopes = ?, automatic_return = ?, "
                            + "create_customers = ?, environment = ?, version = version + 1, updated_at = ?, "
                            + "updated_by = ? where id = 1 and version = ?", enabled, joined, automaticReturn,
                            createCustomers, environmentName, now, actor, expectedVersion);
        } catch (DuplicateKeyException e) {
            changed = 0; // another admin's first save came first
        }
        kept.forget();
        if (changed != 1) {
            throw new InvalidChange("version.stale");
        }
        return current();
    }
}
