/**
 * The subscriptions' tables ({@code vipps_recurring_agreement}, {@code vipps_recurring_charge},
 * {@code vipps_recurring_event}), through {@code JdbcClient} only, with migrations of their own. Every change of a
 * row is a conditional update on its version; a period's charge row is claimed by its unique key.
 */
package dev.vippsmp.recurring.store;
