-- The event log's particulars as fields instead of free text, so the admin's page can write the amount as money,
-- the due date as a date and the failure reason in the admin's language. Lines written before keep their detail.
-- One column a statement: H2 takes no list of ADD COLUMN clauses.
ALTER TABLE vipps_recurring_event ADD COLUMN amount BIGINT;
ALTER TABLE vipps_recurring_event ADD COLUMN currency CHAR(3);
ALTER TABLE vipps_recurring_event ADD COLUMN due DATE;
ALTER TABLE vipps_recurring_event ADD COLUMN failure_reason VARCHAR(32);
ALTER TABLE vipps_recurring_event ADD COLUMN description VARCHAR(300)${free_text};
ALTER TABLE vipps_recurring_event ADD COLUMN vendor_state VARCHAR(24);
ALTER TABLE vipps_recurring_event ADD COLUMN reference VARCHAR(64);
