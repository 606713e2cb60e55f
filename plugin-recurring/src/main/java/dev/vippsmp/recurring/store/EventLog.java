package dev.vippsmp.recurring.store;

import dev.vippsmp.recurring.SubscriptionEvent;
import java.sql.Types;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The subscriptions' event log: appended inside the transaction of the change it records, read by the admin. */
public class EventLog {

    private static final int MAX_DETAIL = 300;

    private final JdbcClient jdbc;
    private final Clock clock;

    public EventLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void append(String agreementId, int period, String event, String source, String detail) {
        String text = detail == null ? null : detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        jdbc.sql("insert into vipps_recurring_event (agreement_id, period_no, event_type, source, detail, "
                        + "occurred_at) values (:id, :period, :event, :source, :detail, :at)")
                .param("id", agreementId).param("period", period).param("event", event).param("source", source)
                .param("detail", text, Types.VARCHAR).param("at", Timestamps.of(clock.instant())).update();
    }

    /** An agreement's events, oldest first. */
    public List<SubscriptionEvent> of(String agreementId) {
        return jdbc.sql("select agreement_id, period_no, event_type, source, detail, occurred_at "
                        + "from vipps_recurring_event where agreement_id = :id order by id")
                .param("id", agreementId)
                .query((rs, row) -> new SubscriptionEvent(rs.getString("agreement_id"), rs.getInt("period_no"),
                        rs.getString("event_type"), rs.getString("source"), rs.getString("detail"),
                        Timestamps.instant(rs.getTimestamp("occurred_at"))))
                .list();
    }
}
