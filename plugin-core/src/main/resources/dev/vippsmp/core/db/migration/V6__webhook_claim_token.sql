-- The dispatcher claims the deliveries stored together in one conditional UPDATE and then reads back the rows that
-- carry its claim's random token: which rows one claim won, on every database, without a database-specific
-- RETURNING and without a lock in the JVM. The rows are read by id and token, so the column needs no index.
-- Version 6, after PostgreSQL's own V5: the common and the PostgreSQL-only migrations share one version sequence.
ALTER TABLE vipps_webhook_inbox ADD COLUMN claim_token VARCHAR(36);
