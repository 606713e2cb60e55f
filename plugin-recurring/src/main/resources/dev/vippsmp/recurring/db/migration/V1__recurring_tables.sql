-- Subscriptions, in the host's database beside the core's tables, with a schema history of their own.
-- ${identity}, ${instant} and ${free_text} are filled per dialect (H2 and PostgreSQL alike; MariaDB its own).

-- One row per agreement: what was subscribed to, where it stands, and the next period to charge.
-- version guards every change (update ... where version = ?), so two nodes never apply one change twice.
CREATE TABLE vipps_recurring_agreement (
    id                       ${identity},
    agreement_id             VARCHAR(64)   NOT NULL,
    order_id                 VARCHAR(64)   NOT NULL,
    customer_id              VARCHAR(100)  NOT NULL,
    product_id               VARCHAR(100)  NOT NULL,
    product_name             VARCHAR(45)${free_text}   NOT NULL,
    price                    BIGINT        NOT NULL,
    currency                 CHAR(3)       NOT NULL,
    interval_unit            VARCHAR(8)    NOT NULL,
    interval_count           INTEGER       NOT NULL,
    ships                    BOOLEAN       NOT NULL,
    language_tag             VARCHAR(35)   NOT NULL,
    return_page              VARCHAR(500)  NOT NULL,
    status                   VARCHAR(16)   NOT NULL,
    confirmation_url         VARCHAR(1024),
    initial_charge_id        VARCHAR(50),
    started_on               DATE,
    next_period              INTEGER       NOT NULL,
    next_due                 DATE,
    last_failure_reason      VARCHAR(32),
    last_failure_description VARCHAR(255)${free_text},
    next_poll_at             ${instant},
    poll_attempts            INTEGER       NOT NULL,
    created_at               ${instant}    NOT NULL,
    updated_at               ${instant}    NOT NULL,
    version                  BIGINT        NOT NULL,
    CONSTRAINT uq_vipps_recurring_agreement UNIQUE (agreement_id),
    CONSTRAINT uq_vipps_recurring_order UNIQUE (order_id)
);
CREATE INDEX ix_vipps_recurring_customer ON vipps_recurring_agreement (customer_id);
CREATE INDEX ix_vipps_recurring_next_due ON vipps_recurring_agreement (status, next_due);

-- One row per charged period. The unique (agreement_id, period_no) is what makes a second node's attempt to
-- charge the same period a no-op: its insert fails, and it never calls the vendor.
CREATE TABLE vipps_recurring_charge (
    id                  ${identity},
    agreement_id        VARCHAR(64)   NOT NULL,
    period_no           INTEGER       NOT NULL,
    due                 DATE          NOT NULL,
    amount              BIGINT        NOT NULL,
    currency            CHAR(3)       NOT NULL,
    charge_id           VARCHAR(50),
    state               VARCHAR(24)   NOT NULL,
    refunded            BIGINT        NOT NULL,
    failure_reason      VARCHAR(32),
    failure_description VARCHAR(255)${free_text},
    last_error          VARCHAR(300),
    next_poll_at        ${instant},
    poll_attempts       INTEGER       NOT NULL,
    created_at          ${instant}    NOT NULL,
    updated_at          ${instant}    NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_vipps_recurring_charge_period UNIQUE (agreement_id, period_no)
);
CREATE INDEX ix_vipps_recurring_charge_poll ON vipps_recurring_charge (next_poll_at);

-- What happened to each subscription, for the admin's event log. Append-only.
CREATE TABLE vipps_recurring_event (
    id           ${identity},
    agreement_id VARCHAR(64)  NOT NULL,
    period_no    INTEGER      NOT NULL,
    event_type   VARCHAR(40)  NOT NULL,
    source       VARCHAR(16)  NOT NULL,
    detail       VARCHAR(300)${free_text},
    occurred_at  ${instant}   NOT NULL
);
CREATE INDEX ix_vipps_recurring_event_agreement ON vipps_recurring_event (agreement_id);
