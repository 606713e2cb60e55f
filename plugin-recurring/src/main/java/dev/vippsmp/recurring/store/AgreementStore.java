package dev.vippsmp.recurring.store;

import dev.vippsmp.recurring.SubscriptionStatus;
import dev.vippsmp.recurring.spi.IntervalUnit;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The agreements' rows. Reads are plain; every change is a conditional update on the row's version (and, where it
 * matters, its status), returning whether this caller made it, so a change is applied once however many threads or
 * nodes try.
 */
public class AgreementStore {

    private static final String COLUMNS = "agreement_id, order_id, customer_id, product_id, product_name, price, "
            + "currency, interval_unit, interval_count, ships, language_tag, return_page, status, confirmation_url, "
            + "initial_charge_id, started_on, next_period, next_due, last_failure_reason, last_failure_description, "
            + "next_poll_at, poll_attempts, created_at, version";

    private final JdbcClient jdbc;
    private final Clock clock;

    public AgreementStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Inserts a new PENDING agreement; fails with a duplicate key when the order or agreement exists. */
    public void insert(AgreementRow row) {
        jdbc.sql("insert into vipps_recurring_agreement (" + COLUMNS + ", updated_at) values (:agreementId, "
                        + ":orderId, :customerId, :productId, :productName, :price, :currency, :unit, :count, :ships, "
                        + ":language, :returnPage, :status, :confirmationUrl, :initialChargeId, null, 0, null, null, "
                        + "null, :nextPollAt, 0, :now, 0, :now)")
                .param("agreementId", row.agreementId()).param("orderId", row.orderId())
                .param("customerId", row.customerId()).param("productId", row.productId())
                .param("productName", row.productName()).param("price", row.price())
                .param("currency", row.currency()).param("unit", row.intervalUnit().name())
                .param("count", row.intervalCount()).param("ships", row.ships())
                .param("language", row.languageTag()).param("returnPage", row.returnPage())
                .param("status", row.status().name()).param("confirmationUrl", row.confirmationUrl())
                .param("initialChargeId", row.initialChargeId())
                .param("nextPollAt", Timestamps.of(row.nextPollAt()))
                .param("now", Timestamps.of(clock.instant()))
                .update();
    }

    public Optional<AgreementRow> find(String agreementId) {
        return jdbc.sql("select " + COLUMNS + " from vipps_recurring_agreement where agreement_id = :id")
                .param("id", agreementId).query(AgreementStore::map).optional();
    }

    public Optional<AgreementRow> findByOrder(String orderId) {
        return jdbc.sql("select " + COLUMNS + " from vipps_recurring_agreement where order_id = :id")
                .param("id", orderId).query(AgreementStore::map).optional();
    }

    public List<AgreementRow> ofCustomer(String customerId) {
        return jdbc.sql("select " + COLUMNS + " from vipps_recurring_agreement where customer_id = :id "
                        + "order by created_at desc, id desc")
                .param("id", customerId).query(AgreementStore::map).list();
    }

    /** Newest first, for the admin's list; {@code status} null for all. */
    public List<AgreementRow> recent(SubscriptionStatus status, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from vipps_recurring_agreement"
                        + (status == null ? "" : " where status = :status")
                        + " order by created_at desc, id desc limit :limit offset :offset")
                .params(status == null ? java.util.Map.of("limit", limit, "offset", offset)
                        : java.util.Map.of("status", status.name(), "limit", limit, "offset", offset))
                .query(AgreementStore::map).list();
    }

    /** Active agreements whose next period is due on or before {@code dueBy}: the charging job's work. */
    public List<AgreementRow> dueForCharging(LocalDate dueBy, int limit) {
        return jdbc.sql("select " + COLUMNS + " from vipps_recurring_agreement where status = 'ACTIVE' "
                        + "and next_due <= :dueBy order by next_due, id limit :limit")
                .param("dueBy", Date.valueOf(dueBy)).param("limit", limit).query(AgreementStore::map).list();
    }

    /** Pending agreements whose next read is due. */
    public List<AgreementRow> dueForPolling(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from vipps_recurring_agreement where status = 'PENDING' "
                        + "and next_poll_at <= :now order by next_poll_at, id limit :limit")
                .param("now", Timestamps.of(now)).param("limit", limit).query(AgreementStore::map).list();
    }

    /** Moves the agreement from {@code from} to {@code to} if nobody changed it since {@code version}. */
    public boolean transition(String agreementId, long version, SubscriptionStatus from, SubscriptionStatus to) {
        return jdbc.sql("update vipps_recurring_agreement set status = :to, next_poll_at = null, updated_at = :now, "
                        + "version = version + 1 where agreement_id = :id and version = :version and status = :from")
                .param("to", to.name()).param("now", Timestamps.of(clock.instant())).param("id", agreementId)
                .param("version", version).param("from", from.name()).update() == 1;
    }

    /**
     * Moves a PENDING agreement to ACTIVE if nobody changed it since {@code version}: it started on
     * {@code startedOn}, and period 1 (the first after the initial charge's period 0) is due {@code firstDue}.
     */
    public boolean activate(String agreementId, long version, LocalDate startedOn, LocalDate firstDue) {
        return jdbc.sql("update vipps_recurring_agreement set status = 'ACTIVE', started_on = :startedOn, "
                        + "next_period = 1, next_due = :firstDue, next_poll_at = null, updated_at = :now, "
                        + "version = version + 1 where agreement_id = :id and version = :version "
                        + "and status = 'PENDING'")
                .param("startedOn", Date.valueOf(startedOn)).param("firstDue", Date.valueOf(firstDue))
                .param("now", Timestamps.of(clock.instant())).param("id", agreementId)
                .param("version", version).update() == 1;
    }

    /**
     * Moves a PAUSED agreement back to ACTIVE, with the next period to charge (the periods that fell due while
     * paused are skipped, never charged afterwards).
     */
    public boolean resume(String agreementId, long version, int nextPeriod, LocalDate nextDue) {
        return jdbc.sql("update vipps_recurring_agreement set status = 'ACTIVE', next_period = :period, "
                        + "next_due = :due, updated_at = :now, version = version + 1 where agreement_id = :id "
                        + "and version = :version and status = 'PAUSED'")
                .param("period", nextPeriod).param("due", Date.valueOf(nextDue))
                .param("now", Timestamps.of(clock.instant())).param("id", agreementId)
                .param("version", version).update() == 1;
    }

    /**
     * Moves an ACTIVE agreement on to the period after {@code period} and its due date, if it is still at
     * {@code period}: the charging job's guard, in the transaction that claims the period's charge row, so that a
     * second caller (another thread or node), or a pause meanwhile, finds nothing to move and charges nothing.
     */
    public boolean advance(String agreementId, int period, LocalDate nextDue) {
        return jdbc.sql("update vipps_recurring_agreement set next_period = :next, next_due = :nextDue, "
                        + "updated_at = :now, version = version + 1 where agreement_id = :id and next_period = :period "
                        + "and status = 'ACTIVE'")
                .param("next", period + 1).param("nextDue", Date.valueOf(nextDue))
                .param("now", Timestamps.of(clock.instant())).param("id", agreementId).param("period", period)
                .update() == 1;
    }

    /** Records (or clears, with nulls) the latest charge failure shown on the pages. */
    public void lastFailure(String agreementId, String reason, String description) {
        jdbc.sql("update vipps_recurring_agreement set last_failure_reason = :reason, "
                        + "last_failure_description = :description, updated_at = :now, version = version + 1 "
                        + "where agreement_id = :id")
                .param("reason", reason, java.sql.Types.VARCHAR)
                .param("description", description, java.sql.Types.VARCHAR)
                .param("now", Timestamps.of(clock.instant())).param("id", agreementId).update();
    }

    /** Books the next read of a pending agreement. */
    public void pollLater(String agreementId, Instant at, int attempts) {
        jdbc.sql("update vipps_recurring_agreement set next_poll_at = :at, poll_attempts = :attempts "
                        + "where agreement_id = :id")
                .param("at", Timestamps.of(at)).param("attempts", attempts).param("id", agreementId).update();
    }

    private static AgreementRow map(ResultSet rs, int row) throws SQLException {
        Date started = rs.getDate("started_on");
        Date nextDue = rs.getDate("next_due");
        return new AgreementRow(rs.getString("agreement_id"), rs.getString("order_id"), rs.getString("customer_id"),
                rs.getString("product_id"), rs.getString("product_name"), rs.getLong("price"),
                rs.getString("currency").trim(), IntervalUnit.valueOf(rs.getString("interval_unit")),
                rs.getInt("interval_count"), rs.getBoolean("ships"), rs.getString("language_tag"),
                rs.getString("return_page"), SubscriptionStatus.valueOf(rs.getString("status")),
                rs.getString("confirmation_url"), rs.getString("initial_charge_id"),
                started == null ? null : started.toLocalDate(), rs.getInt("next_period"),
                nextDue == null ? null : nextDue.toLocalDate(), rs.getString("last_failure_reason"),
                rs.getString("last_failure_description"), Timestamps.instant(rs.getTimestamp("next_poll_at")),
                rs.getInt("poll_attempts"), Timestamps.instant(rs.getTimestamp("created_at")),
                rs.getLong("version"));
    }
}
