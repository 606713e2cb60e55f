-- A money operation on a payment holds a claim on its row for its whole "read the vendor, compare, act" step, so
-- two shop nodes on one database never act on the same payment at once. The claim is a lease: a node that dies
-- holding it loses it when money_claimed_until passes.
ALTER TABLE vipps_payment ADD COLUMN money_claim VARCHAR(40);
ALTER TABLE vipps_payment ADD COLUMN money_claimed_until ${instant};
