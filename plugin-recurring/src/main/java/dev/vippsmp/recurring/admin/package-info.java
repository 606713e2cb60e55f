/**
 * The subscriptions' admin pages under the admin prefix ({@code /admin/vipps/subscriptions}): the agreements, newest
 * first, by status or found by agreement, order or customer; an agreement with its charges per period (the failure
 * reason in the admin's language), its event log, and the Stop and Refund actions. They are drawn in the admin
 * module's frame, tabs and formats, behind its access guard and CSRF check, and appear only beside it.
 */
package dev.vippsmp.recurring.admin;
