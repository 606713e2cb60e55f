-- Whether an attempt is an express checkout. Its cart alone does not say so: "Buy now" on a product page makes a
-- cart of its own that is emptied at once, so that attempt has no cart. A retry of an express attempt whose payment
-- was never stored must be express again (address and delivery in the app), never a plain checkout.
--
-- retry_of: the payment an attempt made by "try again" replaces. Unique, so that of several clicks on "try again"
-- for the same payment, on any node, exactly one starts a new payment.

ALTER TABLE vipps_checkout_attempt ADD COLUMN express BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE vipps_checkout_attempt SET express = TRUE WHERE cart_id IS NOT NULL;
ALTER TABLE vipps_checkout_attempt ADD COLUMN retry_of VARCHAR(64);
CREATE UNIQUE INDEX ux_vipps_checkout_attempt_retry_of ON vipps_checkout_attempt (retry_of);
