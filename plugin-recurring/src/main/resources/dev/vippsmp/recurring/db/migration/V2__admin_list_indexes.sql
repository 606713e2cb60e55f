-- The admin's list of agreements: newest first, all of them or those of one status, a page at a time. These
-- indexes hold its order (created_at, then id for ties), so a page is read from the index instead of sorting the
-- whole table. A search by agreement, order or customer uses V1's unique keys and customer index.
CREATE INDEX ix_vipps_recurring_created ON vipps_recurring_agreement (created_at, id);
CREATE INDEX ix_vipps_recurring_status_created ON vipps_recurring_agreement (status, created_at, id);
