/**
 * The catalogue: products that ship (with a weight) and products delivered by email, their texts per language
 * and prices per currency. {@link dev.vippsmp.demoshop.catalog.Catalog} is what the rest of the shop reads;
 * the catalogue page is {@code /} and a product page is {@code /products/{slug}}.
 */
package dev.vippsmp.demoshop.catalog;
