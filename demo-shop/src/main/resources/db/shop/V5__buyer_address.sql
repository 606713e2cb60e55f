-- The buyer's own address, kept for orders with nothing to ship when express checkout asks for one anyway.
ALTER TABLE shop_order ADD COLUMN buyer_street VARCHAR(120);
ALTER TABLE shop_order ADD COLUMN buyer_street2 VARCHAR(120);
ALTER TABLE shop_order ADD COLUMN buyer_postal_code VARCHAR(10);
ALTER TABLE shop_order ADD COLUMN buyer_city VARCHAR(80);
ALTER TABLE shop_order ADD COLUMN buyer_country VARCHAR(2);
