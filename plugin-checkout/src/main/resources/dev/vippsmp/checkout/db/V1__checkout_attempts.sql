-- The checkout's table, in the host's database beside the core's. One row per payment attempt the checkout
-- started: the hash of its return-page token, its order, and for express checkout the cart the order came from.
-- ${timestamp} is the database's timestamp type (with time zone where it has one).

CREATE TABLE vipps_checkout_attempt (
    token_hash     VARCHAR(64)   NOT NULL PRIMARY KEY,
    order_id       VARCHAR(100)  NOT NULL,
    reference      VARCHAR(64),
    cart_id        VARCHAR(200),
    cart_cleared   BOOLEAN       DEFAULT FALSE NOT NULL,
    order_page_url VARCHAR(1000),
    created_at     ${timestamp}  NOT NULL
);
CREATE INDEX ix_vipps_checkout_attempt_order ON vipps_checkout_attempt (order_id);
