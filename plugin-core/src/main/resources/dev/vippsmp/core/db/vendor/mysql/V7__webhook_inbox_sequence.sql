-- MySQL has no sequences: Hibernate keeps the inbox's next id in this one-row table instead, and draws on it 50
-- ids at a time (its pooled optimizer: each read-and-advance serves the 50 ids up to the value read), so that a
-- group commit's rows go to the database as one batched INSERT. Safe when several shop nodes share the database:
-- Hibernate advances the row in its own transaction, under the row's lock.
-- The row starts at max(id) + 50, so the first range (max(id) + 1 to max(id) + 50) lies above every id stored
-- before. The id column keeps its AUTO_INCREMENT (it takes the explicit id the plugin now always gives).
-- One script per database (vendor/<database>/V7): each keeps the start its own way. Version 7 follows the common V6.
CREATE TABLE vipps_webhook_inbox_seq (next_val BIGINT);
INSERT INTO vipps_webhook_inbox_seq (next_val) SELECT COALESCE(MAX(id), 0) + 50 FROM vipps_webhook_inbox;
