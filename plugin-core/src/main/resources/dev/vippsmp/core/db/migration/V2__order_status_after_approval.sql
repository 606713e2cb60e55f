-- The order status the shop should set once a payment is approved (ON_HOLD or PROCESSING); null follows the
-- configuration.
ALTER TABLE vipps_settings ADD COLUMN order_status_after_approval VARCHAR(20);
