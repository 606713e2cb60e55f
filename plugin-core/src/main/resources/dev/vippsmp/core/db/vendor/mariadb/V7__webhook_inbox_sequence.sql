-- The inbox's ids come from a sequence (MariaDB 10.3 and later), which Hibernate draws on 50 at a time (its pooled
-- optimizer: one NEXTVAL serves the 50 ids up to the value it returns), so that a group commit's rows go to the
-- database as one batched INSERT; an AUTO_INCREMENT key makes Hibernate send one INSERT per row to learn each id. A
-- sequence is safe when several shop nodes share the database: every NEXTVAL, from any node, hands out a range no
-- other call gets.
-- It starts at max(id) + 50, so the first range (max(id) + 1 to max(id) + 50) lies above every id stored before.
-- MariaDB takes only a constant there, hence the statement built from the value. The id column keeps its
-- AUTO_INCREMENT (it takes the explicit id the plugin now always gives).
-- One script per database (vendor/<database>/V7): each sets the start its own way. Version 7 follows the common V6.
SET @vipps_inbox_start = (SELECT COALESCE(MAX(id), 0) + 50 FROM vipps_webhook_inbox);
EXECUTE IMMEDIATE CONCAT('CREATE SEQUENCE vipps_webhook_inbox_seq START WITH ', @vipps_inbox_start,
    ' INCREMENT BY 50');
