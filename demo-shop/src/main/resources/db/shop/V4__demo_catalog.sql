-- The demo's catalogue: goods that ship (with weights) and goods that do not (e-book, gift card, ticket, download).
-- Prices include VAT, in minor units, for each market's currency.

INSERT INTO product (slug, sku, kind, tax_class, weight_grams, image, position, active) VALUES ('wool-blanket', 'HOME-001', 'PHYSICAL', 'STANDARD', 1400, '/images/products/wool-blanket.svg', 10, TRUE);
INSERT INTO product_text (product_id, language, name, description) SELECT id, 'en', 'Fjord wool blanket', 'Soft blanket of Norwegian wool, woven in a fjord-blue pattern. 130 × 180 cm.' FROM product WHERE slug = 'wool-blanket';
INSERT INTO product_text (product_id, language, name, description) SELECT id, 'nb', 'Ullteppe Fjord', 'Mykt teppe i norsk ull, vevd i et fjordblått mønster. 130 × 180 cm.' FROM product WHERE slug = 'wool-blanket';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'NOK', 129900 FROM product WHERE slug = 'wool-blanket';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'DKK', 94900 FROM product WHERE slug = 'wool-blanket';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'EUR', 12900 FROM product WHERE slug = 'wool-blanket';

INSERT INTO product (slug, sku, kind, tax_class, weight_grams, image, position, active) VALUES ('enamel-mug', 'HOME-002', 'PHYSICAL', 'STANDARD', 350, '/images/products/enamel-mug.svg', 20, TRUE);
INSERT INTO product_text (product_id, language, name, description) SELECT id, 'en', 'Enamel camping mug', 'A classic white enamel mug with a blue rim. Holds 3 dl and survives any campfire.' FROM product WHERE slug = 'enamel-mug';
INSERT INTO product_text (product_id, language, name, description) SELECT id, 'nb', 'Emaljekrus', 'Klassisk hvitt emaljekrus med blå kant. Rommer 3 dl og tåler bål.' FROM product WHERE slug = 'enamel-mug';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'NOK', 24900 FROM product WHERE slug = 'enamel-mug';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'DKK', 17900 FROM product WHERE slug = 'enamel-mug';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'EUR', 2290 FROM product WHERE slug = 'enamel-mug';

INSERT INTO product (slug, sku, kind, tax_class, weight_grams, image, position, active) VALUES ('cheese-slicer', 'HOME-003', 'PHYSICAL', 'STANDARD', 150, '/images/products/cheese-slicer.svg', 30, TRUE);
INSERT INTO product_text (product_id, language, name, description) SELECT id, 'en', 'Cheese slicer', 'The Norwegian invention for thin slices of brown cheese. Stainless steel and birch.' FROM product WHERE slug = 'cheese-slicer';
INSERT INTO product_text (product_id, language, name, description) SELECT id, 'nb', 'Ostehøvel', 'Den norske oppfinnelsen for tynne skiver brunost. Rustfritt stål og bjørk.' FROM product WHERE slug = 'cheese-slicer';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'NOK', 19900 FROM product WHERE slug = 'cheese-slicer';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'DKK', 14900 FROM product WHERE slug = 'cheese-slicer';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'EUR', 1890 FROM product WHERE slug = 'cheese-slicer';

INSERT INTO product (slug, sku, kind, tax_class, weight_grams, image, position, active) VALUES ('wool-mittens', 'WEAR-001', 'PHYSICAL', 'STANDARD', 200, '/images/products/wool-mittens.svg', 40, TRUE);
INSERT INTO product_text (product_id, language, name, description) SELECT id, 'en', 'Hand-knitted mittens', 'Warm mittens in a traditional star pattern, knitted by hand in Setesdal.' FROM product WHERE slug = 'wool-mittens';
INSERT INTO product_text (product_id, language, name, description) SELECT id, 'nb', 'Håndstrikkede votter', 'Varme votter i tradisjonelt stjernemønster, håndstrikket i Setesdal.' FROM product WHERE slug = 'wool-mittens';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'NOK', 44900 FROM product WHERE slug = 'wool-mittens';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'DKK', 32900 FROM product WHERE slug = 'wool-mittens';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'EUR', 4190 FROM product WHERE slug = 'wool-mittens';

INSERT INTO product (slug, sku, kind, tax_class, weight_grams, image, position, active) VALUES ('coffee-beans', 'FOOD-001', 'PHYSICAL', 'FOOD', 550, '/images/products/coffee-beans.svg', 50, TRUE);
INSERT INTO product_text (product_id, language, name, description) SELECT id, 'en', 'Coffee beans, 500 g', 'Light-roasted coffee in the Nordic style, from a small roastery in Bergen.' FROM product WHERE slug = 'coffee-beans';
INSERT INTO product_text (product_id, language, name, description) SELECT id, 'nb', 'Kaffebønner, 500 g', 'Lysbrent kaffe på nordisk vis, fra et lite brenneri i Bergen.' FROM product WHERE slug = 'coffee-beans';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'NOK', 16900 FROM product WHERE slug = 'coffee-beans';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'DKK', 12900 FROM product WHERE slug = 'coffee-beans';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'EUR', 1590 FROM product WHERE slug = 'coffee-beans';

INSERT INTO product (slug, sku, kind, tax_class, weight_grams, image, position, active) VALUES ('waffle-iron', 'HOME-004', 'PHYSICAL', 'STANDARD', 3200, '/images/products/waffle-iron.svg', 60, TRUE);
INSERT INTO product_text (product_id, language, name, description) SELECT id, 'en', 'Cast-iron waffle iron', 'Makes five heart-shaped waffles at a time, on any stove or over a campfire.' FROM product WHERE slug = 'waffle-iron';
INSERT INTO product_text (product_id, language, name, description) SELECT id, 'nb', 'Vaffeljern i støpejern', 'Lager fem hjertevafler om gangen, på alle komfyrer og over bål.' FROM product WHERE slug = 'waffle-iron';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'NOK', 89900 FROM product WHERE slug = 'waffle-iron';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'DKK', 64900 FROM product WHERE slug = 'waffle-iron';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'EUR', 8490 FROM product WHERE slug = 'waffle-iron';

INSERT INTO product (slug, sku, kind, tax_class, weight_grams, image, position, active) VALUES ('northern-lights-cookbook', 'BOOK-001', 'EBOOK', 'BOOKS', 0, '/images/products/northern-lights-cookbook.svg', 70, TRUE);
INSERT INTO product_text (product_id, language, name, description) SELECT id, 'en', 'Northern Lights Cookbook (e-book)', 'Forty recipes from the far north, as EPUB and PDF. The download link comes by email.' FROM product WHERE slug = 'northern-lights-cookbook';
INSERT INTO product_text (product_id, language, name, description) SELECT id, 'nb', 'Nordlyskokeboka (e-bok)', 'Førti oppskrifter fra det høye nord, som EPUB og PDF. Lenken kommer på e-post.' FROM product WHERE slug = 'northern-lights-cookbook';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'NOK', 14900 FROM product WHERE slug = 'northern-lights-cookbook';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'DKK', 10900 FROM product WHERE slug = 'northern-lights-cookbook';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'EUR', 1390 FROM product WHERE slug = 'northern-lights-cookbook';

INSERT INTO product (slug, sku, kind, tax_class, weight_grams, image, position, active) VALUES ('gift-card', 'GIFT-500', 'GIFT_CARD', 'EXEMPT', 0, '/images/products/gift-card.svg', 80, TRUE);
INSERT INTO product_text (product_id, language, name, description) SELECT id, 'en', 'Gift card', 'Spend it on anything in the shop. The code comes by email, valid for three years.' FROM product WHERE slug = 'gift-card';
INSERT INTO product_text (product_id, language, name, description) SELECT id, 'nb', 'Gavekort', 'Kan brukes på alt i butikken. Koden kommer på e-post og gjelder i tre år.' FROM product WHERE slug = 'gift-card';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'NOK', 50000 FROM product WHERE slug = 'gift-card';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'DKK', 40000 FROM product WHERE slug = 'gift-card';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'EUR', 5000 FROM product WHERE slug = 'gift-card';

INSERT INTO product (slug, sku, kind, tax_class, weight_grams, image, position, active) VALUES ('waffle-workshop', 'EVENT-001', 'TICKET', 'STANDARD', 0, '/images/products/waffle-workshop.svg', 90, TRUE);
INSERT INTO product_text (product_id, language, name, description) SELECT id, 'en', 'Waffle workshop ticket', 'Two hours of waffle baking with our chefs in Oslo. The ticket comes by email.' FROM product WHERE slug = 'waffle-workshop';
INSERT INTO product_text (product_id, language, name, description) SELECT id, 'nb', 'Billett til vaffelkurs', 'To timer vaffelsteking med kokkene våre i Oslo. Billetten kommer på e-post.' FROM product WHERE slug = 'waffle-workshop';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'NOK', 35000 FROM product WHERE slug = 'waffle-workshop';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'DKK', 26000 FROM product WHERE slug = 'waffle-workshop';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'EUR', 3200 FROM product WHERE slug = 'waffle-workshop';

INSERT INTO product (slug, sku, kind, tax_class, weight_grams, image, position, active) VALUES ('fjord-wallpapers', 'DL-001', 'DOWNLOAD', 'STANDARD', 0, '/images/products/fjord-wallpapers.svg', 100, TRUE);
INSERT INTO product_text (product_id, language, name, description) SELECT id, 'en', 'Fjord wallpaper pack (download)', 'Twelve high-resolution fjord photos for desktop and phone, as a ZIP download.' FROM product WHERE slug = 'fjord-wallpapers';
INSERT INTO product_text (product_id, language, name, description) SELECT id, 'nb', 'Fjordbakgrunner (nedlasting)', 'Tolv høyoppløste fjordbilder for PC og mobil, som ZIP-fil.' FROM product WHERE slug = 'fjord-wallpapers';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'NOK', 7900 FROM product WHERE slug = 'fjord-wallpapers';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'DKK', 5900 FROM product WHERE slug = 'fjord-wallpapers';
INSERT INTO product_price (product_id, currency, amount_minor) SELECT id, 'EUR', 790 FROM product WHERE slug = 'fjord-wallpapers';
