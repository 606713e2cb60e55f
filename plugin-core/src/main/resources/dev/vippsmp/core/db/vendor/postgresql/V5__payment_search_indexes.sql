-- PostgreSQL only (the plugin's migrations for one database alone live under vendor/<database>): the admin's
-- payment search looks for a prefix of the reference or of the order id, in any case. Indexes on the lowered values
-- with the pattern operator class let "lower(x) LIKE 'prefix%'" find its rows without reading a million of them.
-- H2 and MariaDB have no such index and read the table, which is correct, only slower at that size.
CREATE INDEX ix_vipps_payment_reference_search ON vipps_payment (lower(reference) text_pattern_ops);
CREATE INDEX ix_vipps_payment_order_search ON vipps_payment (lower(order_id) text_pattern_ops);
