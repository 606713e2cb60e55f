package dev.vippsmp.recurring.store;

import dev.vippsmp.recurring.SubscriptionEvent;
import dev.vippsmp.recurring.SubscriptionEvent.Detail;
import dev.vippsmp.recurring.SubscriptionEvent.Source;
import dev.vippsmp.recurring.SubscriptionEvent.Type;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The subscriptions' event log: appended inside the transaction of the change it records, read by the admin. The
 * event is one of {@link Type} and its source one of {@link Source}, so the admin's texts can be checked against
 * every code the log can hold; the particulars are fields ({@link Detail}), never text to be parsed.
 */
public class EventLog {

    private static final int MAX_TEXT = 300;
    private static final int MAX_REFERENCE = 64;
    private static final int MAX_STATE = 24;

    private final JdbcClient jdbc;
    private final Clock clock;

    public EventLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends an event. */
    public void append(String agreementId, int period, Type event, Source source, Detail detail) {
        jdbc.sql("insert into vipps_recurring_event (agreement_id, period_no, event_type, source, amount, currency, "
                        + "due, failure_reason, description, vendor_state, reference, occurred_at) values (:id, "
                        + ":period, :event, :source, :amount, :currency, :due, :reason, :description, :state, "
                        + ":reference, :at)")
                .param("id", agreementId).param("period", period).param("event", event.name())
                .param("source", source.name()).param("amount", detail.amount(), Types.BIGINT)
                .param("currency", detail.currency(), Types.CHAR)
                .param("due", detail.due() == null ? null : Date.valueOf(detail.due()), Types.DATE)
                .param("reason", cut(detail.reason(), 32), Types.VARCHAR)
                .param("description", cut(detail.description(), MAX_TEXT), Types.VARCHAR)
                .param("state", cut(detail.state(), MAX_STATE), Types.VARCHAR)
                .param("reference", cut(detail.reference(), MAX_REFERENCE), Types.VARCHAR)
                .param("at", Timestamps.of(clock.instant())).update();
    }

    /** An agreement's events, oldest first. */
    public List<SubscriptionEvent> of(String agreementId) {
        return jdbc.sql("select agreement_id, period_no, event_type, source, amount, currency, due, failure_reason, "
                        + "description, vendor_state, reference, detail, occurred_at "
                        + "from vipps_recurring_event where agreement_id = :id order by id")
                .param("id", agreementId)
                .query((rs, row) -> new SubscriptionEvent(rs.getString("agreement_id"), rs.getInt("period_no"),
                        rs.getString("event_type"), rs.getString("source"), detail(rs),
                        Timestamps.instant(rs.getTimestamp("occurred_at"))))
                .list();
    }

    private static Detail detail(ResultSet rs) throws SQLException {
        long amount = rs.getLong("amount");
        Long money = rs.wasNull() ? null : amount;
        Date due = rs.getDate("due");
        String currency = rs.getString("currency");
        return new Detail(money, currency == null ? null : currency.strip(), due == null ? null : due.toLocalDate(),
                rs.getString("failure_reason"), rs.getString("description"), rs.getString("vendor_state"),
                rs.getString("reference"), rs.getString("detail"));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
