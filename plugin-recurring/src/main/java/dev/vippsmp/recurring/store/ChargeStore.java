package dev.vippsmp.recurring.store;

import dev.vippsmp.recurring.ChargeState;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The periods' charge rows. {@link #claim} inserts a period's row under the unique (agreement, period) key: the
 * one caller whose insert succeeds creates the charge at the vendor, every other one (another thread, another node)
 * gets false and does nothing. State changes are conditional on the row's version.
 */
public class ChargeStore {

    private static final String COLUMNS = "agreement_id, period_no, due, amount, currency, charge_id, state, "
            + "refunded, failure_reason, failure_description, last_error, poll_attempts, version";

    private final JdbcClient jdbc;
    private final Clock clock;

    public ChargeStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Claims a period: inserts its row in {@code state} (CREATING before the vendor is asked; PENDING for the
     * initial charge the vendor made with the agreement), first read (or, for CREATING, the next try to create)
     * at {@code firstPoll}. False when the period already has a row.
     */
    public boolean claim(String agreementId, int period, LocalDate due, long amount, String currency,
            String chargeId, ChargeState state, Instant firstPoll) {
        Instant now = clock.instant();
        try {
            return jdbc.sql("insert into vipps_recurring_charge (" + COLUMNS + ", next_poll_at, created_at, "
                            + "updated_at) values (:agreementId, :period, :due, :amount, :currency, :chargeId, :state, "
                            + "0, null, null, null, 0, 0, :poll, :now, :now)")
                    .param("agreementId", agreementId).param("period", period).param("due", Date.valueOf(due))
                    .param("amount", amount).param("currency", currency).param("chargeId", chargeId, Types.VARCHAR)
                    .param("state", state.name()).param("poll", Timestamps.of(firstPoll), Types.TIMESTAMP)
                    .param("now", Timestamps.of(now)).update() == 1;
        } catch (DuplicateKeyException alreadyClaimed) {
            return false;
        }
    }

    public Optional<ChargeRow> find(String agreementId, int period) {
        return jdbc.sql("select " + COLUMNS + " from vipps_recurring_charge where agreement_id = :id "
                        + "and period_no = :period")
                .param("id", agreementId).param("period", period).query(ChargeStore::map).optional();
    }

    public Optional<ChargeRow> findByChargeId(String agreementId, String chargeId) {
        return jdbc.sql("select " + COLUMNS + " from vipps_recurring_charge where agreement_id = :id "
                        + "and charge_id = :chargeId")
                .param("id", agreementId).param("chargeId", chargeId).query(ChargeStore::map).optional();
    }

    /** An agreement's charges, newest period first. */
    public List<ChargeRow> ofAgreement(String agreementId) {
        return jdbc.sql("select " + COLUMNS + " from vipps_recurring_charge where agreement_id = :id "
                        + "order by period_no desc")
                .param("id", agreementId).query(ChargeStore::map).list();
    }

    /** How many charge rows an agreement has (the tests' and the admin's count). */
    public long count(String agreementId) {
        return jdbc.sql("select count(*) from vipps_recurring_charge where agreement_id = :id")
                .param("id", agreementId).query(Long.class).single();
    }

    /** Rows whose next read (or, for CREATING, the next try to create) is due. */
    public List<ChargeRow> dueForPolling(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from vipps_recurring_charge where next_poll_at <= :now "
                        + "order by next_poll_at, id limit :limit")
                .param("now", Timestamps.of(now)).param("limit", limit).query(ChargeStore::map).list();
    }

    /** The vendor made the period's charge: its id, and the first read. */
    public boolean created(String agreementId, int period, String chargeId, Instant firstPoll) {
        return jdbc.sql("update vipps_recurring_charge set charge_id = :chargeId, state = 'PENDING', "
                        + "last_error = null, next_poll_at = :poll, poll_attempts = 0, updated_at = :now, "
                        + "version = version + 1 where agreement_id = :id and period_no = :period "
                        + "and state = 'CREATING'")
                .param("chargeId", chargeId).param("poll", Timestamps.of(firstPoll))
                .param("now", Timestamps.of(clock.instant())).param("id", agreementId).param("period", period)
                .update() == 1;
    }

    /**
     * Moves the charge to what the vendor says if nobody changed it since {@code version}; {@code nextPoll} null
     * when nothing more is expected.
     */
    public boolean transition(String agreementId, int period, long version, ChargeState state, long refunded,
            String failureReason, String failureDescription, Instant nextPoll, int pollAttempts) {
        return jdbc.sql("update vipps_recurring_charge set state = :state, refunded = :refunded, "
                        + "failure_reason = :reason, failure_description = :description, last_error = null, "
                        + "next_poll_at = :poll, poll_attempts = :attempts, updated_at = :now, version = version + 1 "
                        + "where agreement_id = :id and period_no = :period and version = :version")
                .param("state", state.name()).param("refunded", refunded)
                .param("reason", clip(failureReason, 32), Types.VARCHAR)
                .param("description", clip(failureDescription, 255), Types.VARCHAR)
                .param("poll", Timestamps.of(nextPoll), Types.TIMESTAMP).param("attempts", pollAttempts)
                .param("now", Timestamps.of(clock.instant())).param("id", agreementId).param("period", period)
                .param("version", version).update() == 1;
    }

    /**
     * The vendor refused to create the period's charge: the CREATING row becomes {@code state} (FAILED, or
     * CANCELLED when the agreement has ended) with the vendor's words, and is neither read nor tried again.
     */
    public boolean refused(String agreementId, int period, long version, ChargeState state, String description,
            String error) {
        return jdbc.sql("update vipps_recurring_charge set state = :state, failure_description = :description, "
                        + "last_error = :error, next_poll_at = null, updated_at = :now, version = version + 1 "
                        + "where agreement_id = :id and period_no = :period and version = :version "
                        + "and state = 'CREATING'")
                .param("state", state.name()).param("description", clip(description, 255), Types.VARCHAR)
                .param("error", clip(error, 300), Types.VARCHAR).param("now", Timestamps.of(clock.instant()))
                .param("id", agreementId).param("period", period).param("version", version).update() == 1;
    }

    /** An agreement's charges the vendor may still move (or, CREATING, not created yet), oldest period first. */
    public List<ChargeRow> openOf(String agreementId) {
        return jdbc.sql("select " + COLUMNS + " from vipps_recurring_charge where agreement_id = :id "
                        + "and state in ('CREATING', 'PENDING', 'DUE', 'PROCESSING', 'RESERVED', "
                        + "'PARTIALLY_CAPTURED') order by period_no")
                .param("id", agreementId).query(ChargeStore::map).list();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** Books the next read (or try) and what went wrong, without changing the state. */
    public void pollLater(String agreementId, int period, Instant at, int attempts, String error) {
        String lastError = clip(error, 300);
        jdbc.sql("update vipps_recurring_charge set next_poll_at = :at, poll_attempts = :attempts, "
                        + "last_error = coalesce(:error, last_error) where agreement_id = :id and period_no = :period")
                .param("at", Timestamps.of(at), Types.TIMESTAMP).param("attempts", attempts)
                .param("error", lastError, Types.VARCHAR).param("id", agreementId).param("period", period).update();
    }

    private static ChargeRow map(ResultSet rs, int row) throws SQLException {
        return new ChargeRow(rs.getString("agreement_id"), rs.getInt("period_no"), rs.getDate("due").toLocalDate(),
                rs.getLong("amount"), rs.getString("currency").trim(), rs.getString("charge_id"),
                ChargeState.valueOf(rs.getString("state")), rs.getLong("refunded"), rs.getString("failure_reason"),
                rs.getString("failure_description"), rs.getString("last_error"), rs.getInt("poll_attempts"),
                rs.getLong("version"));
    }
}
