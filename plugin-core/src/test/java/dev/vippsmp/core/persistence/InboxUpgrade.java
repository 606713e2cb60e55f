package dev.vippsmp.core.persistence;

/** Webhook deliveries as a release before version 7 stored them: the id from the column's identity, or given. */
final class InboxUpgrade {

    static final String INSERT_BY_IDENTITY = "insert into vipps_webhook_inbox (dedup_key, reference, event_name, "
            + "psp_reference, payload, received_at, attempts) values (concat(?, '|AUTHORIZED|psp'), 'upgrade', "
            + "'AUTHORIZED', 'psp', '{}', current_timestamp, 0)";
    static final String INSERT_WITH_ID = "insert into vipps_webhook_inbox (id, dedup_key, reference, event_name, "
            + "psp_reference, payload, received_at, attempts) values (?, concat(?, '|AUTHORIZED|psp'), 'upgrade', "
            + "'AUTHORIZED', 'psp', '{}', current_timestamp, 0)";

    private InboxUpgrade() {
    }
}
