-- When the return page last asked the vendor about a payment, shared by every node of the shop: of all the pages
-- and status requests watching one payment, on any node, one read per interval reaches the vendor.
-- A row per payment a return page has read; a few dozen bytes, kept like the payment itself.

CREATE TABLE vipps_checkout_status_read (
    reference VARCHAR(64)  NOT NULL PRIMARY KEY,
    read_at   ${timestamp} NOT NULL
);
