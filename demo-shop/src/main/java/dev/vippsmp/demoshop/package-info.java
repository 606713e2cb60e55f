/**
 * A small Spring Boot web shop, packaged by feature: {@code catalog}, {@code cart}, {@code checkout},
 * {@code shipping}, {@code payment}, {@code order}, {@code admin}, with {@code market}, {@code money},
 * {@code i18n}, {@code storefront}, {@code sandbox} and {@code web} beside them. Its extension points for a
 * payment plugin are payment methods, storefront slots, admin menu entries, order events and the shipping quote.
 */
package dev.vippsmp.demoshop;
