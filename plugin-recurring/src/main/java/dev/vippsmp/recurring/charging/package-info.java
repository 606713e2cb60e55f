/**
 * Charging each period: the job that claims a due period (its unique charge row) and has the vendor create its
 * charge ahead of the due date, and the one completion path of a charge (re-read from the vendor, a guarded
 * transition on the row's version, the shop told charged, failed or refunded once in the same transaction).
 */
package dev.vippsmp.recurring.charging;
