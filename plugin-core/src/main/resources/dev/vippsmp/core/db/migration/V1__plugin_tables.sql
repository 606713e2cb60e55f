-- The plugin's tables, in the host's database. Every name starts with vipps_ so they never meet the shop's own.
-- One script for H2, PostgreSQL and MariaDB: where their SQL differs, PluginSchema fills in the placeholders
-- ${identity} (a generated BIGINT key), ${instant} (a point in time to the microsecond) and ${lock_time}.

CREATE TABLE vipps_payment (
    id                       ${identity},
    order_id                 VARCHAR(100)  NOT NULL,
    reference                VARCHAR(64)   NOT NULL,
    attempt                  INTEGER       NOT NULL,
    flow                     VARCHAR(20)   NOT NULL,
    amount_minor             BIGINT        NOT NULL,
    currency                 VARCHAR(3)    NOT NULL,
    status                   VARCHAR(30)   NOT NULL,
    vendor_state             VARCHAR(20),
    authorized_minor         BIGINT        DEFAULT 0 NOT NULL,
    captured_minor           BIGINT        DEFAULT 0 NOT NULL,
    refunded_minor           BIGINT        DEFAULT 0 NOT NULL,
    cancelled_minor          BIGINT        DEFAULT 0 NOT NULL,
    shipping_minor           BIGINT        DEFAULT 0 NOT NULL,
    flagged                  BOOLEAN       DEFAULT FALSE NOT NULL,
    flag_reason              VARCHAR(255),
    told_outcome             VARCHAR(40),
    capture_seq              INTEGER       DEFAULT 0 NOT NULL,
    refund_seq               INTEGER       DEFAULT 0 NOT NULL,
    cancel_seq               INTEGER       DEFAULT 0 NOT NULL,
    redirect_url             VARCHAR(1000),
    psp_reference            VARCHAR(100),
    capture_on_authorization BOOLEAN       DEFAULT FALSE NOT NULL,
    callback_token           VARCHAR(64),
    poll_count               INTEGER       DEFAULT 0 NOT NULL,
    next_poll_at             ${instant},
    version                  BIGINT        DEFAULT 0 NOT NULL,
    created_at               ${instant} NOT NULL,
    updated_at               ${instant} NOT NULL,
    CONSTRAINT uq_vipps_payment_reference UNIQUE (reference),
    CONSTRAINT uq_vipps_payment_attempt UNIQUE (order_id, attempt)
);
CREATE INDEX ix_vipps_payment_next_poll ON vipps_payment (next_poll_at);
CREATE INDEX ix_vipps_payment_created ON vipps_payment (created_at);

CREATE TABLE vipps_webhook_inbox (
    id              ${identity},
    dedup_key       VARCHAR(300)  NOT NULL,
    reference       VARCHAR(64)   NOT NULL,
    event_name      VARCHAR(80)   NOT NULL,
    psp_reference   VARCHAR(100)  NOT NULL,
    success         BOOLEAN,
    payload         VARCHAR(8000) NOT NULL,
    received_at     ${instant} NOT NULL,
    processed_at    ${instant},
    outcome         VARCHAR(30),
    attempts        INTEGER       DEFAULT 0 NOT NULL,
    next_attempt_at ${instant},
    last_error      VARCHAR(500),
    CONSTRAINT uq_vipps_webhook_inbox_key UNIQUE (dedup_key)
);
CREATE INDEX ix_vipps_webhook_inbox_due ON vipps_webhook_inbox (processed_at, next_attempt_at);

CREATE TABLE vipps_webhook_registration (
    id          VARCHAR(64)   NOT NULL PRIMARY KEY,
    url         VARCHAR(500)  NOT NULL,
    events      VARCHAR(1000) NOT NULL,
    secret_enc  VARCHAR(500)  NOT NULL,
    msn         VARCHAR(10),
    created_at  ${instant} NOT NULL
);

CREATE TABLE vipps_settings (
    id                              INTEGER      NOT NULL PRIMARY KEY,
    version                         BIGINT       DEFAULT 0 NOT NULL,
    enabled                         BOOLEAN,
    market                          VARCHAR(10),
    environment                     VARCHAR(20),
    test_msn                        VARCHAR(10),
    test_client_id                  VARCHAR(200),
    test_client_secret_enc          VARCHAR(500),
    test_subscription_key_enc       VARCHAR(500),
    production_msn                  VARCHAR(10),
    production_client_id            VARCHAR(200),
    production_client_secret_enc    VARCHAR(500),
    production_subscription_key_enc VARCHAR(500),
    base_url                        VARCHAR(500),
    reference_prefix                VARCHAR(20),
    capture_policy                  VARCHAR(30),
    express_cart                    BOOLEAN,
    express_product_pages           VARCHAR(10),
    express_always_address          BOOLEAN,
    shipping_mode                   VARCHAR(10),
    receipts                        BOOLEAN,
    system_name                     VARCHAR(30),
    system_version                  VARCHAR(30),
    plugin_name                     VARCHAR(30),
    plugin_version                  VARCHAR(30),
    updated_at                      ${instant},
    updated_by                      VARCHAR(100)
);

CREATE TABLE vipps_settings_audit (
    id          ${identity},
    changed_at  ${instant} NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    field       VARCHAR(60)  NOT NULL,
    old_value   VARCHAR(500),
    new_value   VARCHAR(500)
);
CREATE INDEX ix_vipps_settings_audit_changed ON vipps_settings_audit (changed_at);

CREATE TABLE vipps_api_call (
    id              ${identity},
    operation       VARCHAR(40)  NOT NULL,
    method          VARCHAR(10)  NOT NULL,
    path_template   VARCHAR(100) NOT NULL,
    status          INTEGER      NOT NULL,
    error_code      VARCHAR(20),
    error_category  VARCHAR(20),
    latency_ms      BIGINT       NOT NULL,
    trace_id        VARCHAR(100),
    attempt         INTEGER      NOT NULL,
    called_at       ${instant} NOT NULL
);
CREATE INDEX ix_vipps_api_call_time ON vipps_api_call (called_at, operation);

-- ShedLock's table; times are UTC, written by the database's own clock.
CREATE TABLE vipps_shedlock (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until  ${lock_time} NOT NULL,
    locked_at   ${lock_time} NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
);
