/**
 * Payments for support: a searchable, paged list, and a page per payment with the stored record, the vendor's
 * aggregate and event log, and capture, refund and cancel with amounts typed in major units.
 */
package dev.vippsmp.admin.payments;
